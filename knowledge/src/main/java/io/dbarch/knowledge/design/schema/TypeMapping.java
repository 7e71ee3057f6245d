package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Attribute;
import java.util.Optional;
import java.util.stream.Collectors;

/** Maps meaning-level attribute types to PostgreSQL and MySQL column types. */
final class TypeMapping {

    private TypeMapping() {
    }

    static ColumnDesign column(String table, Attribute a) {
        String pg;
        String mysql;
        Optional<String> check = Optional.empty();
        String name = a.name();
        switch (a.type()) {
            case TEXT -> { pg = "text"; mysql = "TEXT"; }
            case STRING -> {
                int length = a.parameters().isEmpty() ? 255 : a.parameters().get(0);
                pg = "text";
                mysql = "VARCHAR(" + length + ")";
                check = Optional.of("char_length(" + name + ") <= " + length);
            }
            case EMAIL -> {
                pg = "text";
                mysql = "VARCHAR(320)";
                check = Optional.of(name + " ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND char_length(" + name + ") <= 320");
            }
            case MONEY -> { pg = "numeric(19,4)"; mysql = "DECIMAL(19,4)"; }
            case STATUS -> {
                pg = enumName(table, a);
                mysql = a.values().stream().map(v -> "'" + v + "'").collect(Collectors.joining(",", "ENUM(", ")"));
            }
            case TIMESTAMP -> { pg = "timestamptz"; mysql = "DATETIME(6)"; }
            case DATE -> { pg = "date"; mysql = "DATE"; }
            case BOOLEAN -> { pg = "boolean"; mysql = "BOOLEAN"; }
            case INTEGER -> { pg = "integer"; mysql = "INT"; }
            case BIGINT -> { pg = "bigint"; mysql = "BIGINT"; }
            case DECIMAL -> {
                String p = a.parameters().isEmpty() ? "18,4" : a.parameters().get(0) + "," + a.parameters().get(1);
                pg = "numeric(" + p + ")";
                mysql = "DECIMAL(" + p + ")";
            }
            case JSON -> { pg = "jsonb"; mysql = "JSON"; }
            case UUID -> { pg = "uuid"; mysql = "BINARY(16)"; }
            default -> throw new IllegalStateException("unmapped type " + a.type());
        }
        return new ColumnDesign(name, pg, mysql, a.required(), false, Optional.empty(), Optional.empty(), check,
                a.personal());
    }

    static String enumName(String table, Attribute a) {
        return table + "_" + a.name();
    }
}
