package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.SchemaModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value for row {@code i} (1-based) of a column, valid for its type: distinct per row where the type allows it,
 * later columns of a date or time type later than earlier ones (so {@code start < end} checks hold), enum labels
 * in turn, domain values from their base type. Empty when there is no good value (NULL or the default then).
 */
final class SampleValues {

    private final SchemaModel model;

    SampleValues(SchemaModel model) {
        this.model = model;
    }

    Optional<String> value(Column column, int i, int position, List<String> literals) {
        DataType type = column.type();
        Optional<String> base = literals.isEmpty() ? scalar(type, i, position)
                : Optional.of(literals.get((i - 1) % literals.size()));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String element = base.get();
        return Optional.of(type.isArray() ? "ARRAY[" + element + "]::" + type.normalized()
                : "(" + element + ")::" + type.normalized());
    }

    private Optional<String> scalar(DataType type, int i, int position) {
        String name = type.lowerName();
        int length = type.modifiers().isEmpty() ? 0 : parse(type.modifiers().get(0));
        if (model.enumType(type.name()).or(() -> model.enumType(strip(type.name()))).isPresent()) {
            List<String> labels = model.enumType(type.name()).or(() -> model.enumType(strip(type.name())))
                    .orElseThrow().labels();
            return labels.isEmpty() ? Optional.empty() : Optional.of(Sql.literal(labels.get((i - 1) % labels.size())));
        }
        var domain = model.domains().stream().filter(d -> d.name().name().equals(strip(type.name()))
                || d.name().toString().equals(type.name())).findFirst();
        if (domain.isPresent()) {
            return scalar(domain.get().baseType(), i, position);
        }
        return Optional.ofNullable(switch (name) {
            case "smallint", "integer", "bigint", "numeric", "decimal", "oid" -> String.valueOf(i);
            case "real", "double precision" -> i + ".5";
            case "money" -> i + "::money";
            case "text", "citext", "name" -> Sql.literal("sample" + i);
            case "character varying", "character", "bpchar" -> Sql.literal(text(i, length));
            case "boolean" -> i % 2 == 1 ? "true" : "false";
            case "uuid" -> "md5('dbarch-" + i + "')::uuid";
            case "date" -> "date '2024-01-01' + " + (i * 10 + position);
            case "timestamp without time zone", "timestamp with time zone" ->
                    "timestamp '2024-01-01 00:00' + interval '1 hour' * " + (i * 100 + position);
            case "time without time zone", "time with time zone" ->
                    "time '08:00' + interval '1 minute' * " + (i * 10 + position);
            case "interval" -> "interval '1 minute' * " + i;
            case "json", "jsonb" -> "json_build_object('i', " + i + ")";
            case "bytea" -> "decode(md5('" + i + "'), 'hex')";
            case "inet" -> "'10.0.0." + i + "'";
            case "cidr" -> "'10.0." + i + ".0/24'";
            case "macaddr" -> "'08:00:2b:01:02:0" + (i % 10) + "'";
            case "bit" -> "B'" + "1".repeat(Math.max(1, length)) + "'";
            case "bit varying" -> "B'1'";
            case "tsvector" -> "to_tsvector('simple', 'word" + i + "')";
            case "tsquery" -> "'word" + i + "'";
            case "xml" -> "'<v>" + i + "</v>'";
            case "point" -> "point(" + i + ", " + i + ")";
            case "int4range", "int8range" -> "'[" + i + "," + (i + 10) + ")'";
            case "daterange" -> "'[2024-01-0" + i + ",2024-02-01)'";
            case "tstzrange", "tsrange" -> "'[2024-01-0" + i + ",2024-02-01)'";
            default -> null;
        });
    }

    private static String text(int i, int length) {
        if (length == 1) {
            return String.valueOf((char) ('a' + (i - 1) % 26));
        }
        String s = "sample" + i;
        return length > 0 && s.length() > length ? s.substring(0, length) : s;
    }

    private static String strip(String typeName) {
        String s = typeName.toLowerCase(Locale.ROOT);
        return s.startsWith("public.") ? s.substring(7) : s;
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
