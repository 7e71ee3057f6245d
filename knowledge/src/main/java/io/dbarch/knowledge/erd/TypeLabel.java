package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short type shown in a diagram: {@code varchar(255)} for {@code character varying(255)}, {@code timestamptz}
 * for {@code timestamp with time zone}, the schema of a user-defined type dropped when it is the table's schema.
 */
final class TypeLabel {

    /** Longer names first, so {@code character varying} wins over {@code character}. */
    private static final List<Map.Entry<String, String>> SHORT = List.of(
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"),
            Map.entry("character varying", "varchar"),
            Map.entry("double precision", "float8"),
            Map.entry("bit varying", "varbit"),
            Map.entry("character", "char"));

    private TypeLabel() {
    }

    static String of(DataType type, String tableSchema) {
        String text = (type.normalized().isBlank() ? type.raw() : type.normalized()).replace("\"", "");
        String lower = text.toLowerCase(Locale.ROOT);
        for (var e : SHORT) {
            String full = e.getKey();
            if (lower.startsWith(full) && (lower.length() == full.length() || !Character.isLetter(lower.charAt(
                    full.length())))) {
                text = e.getValue() + text.substring(full.length());
                break;
            }
        }
        text = text.replaceAll("^(timestamp|time)\\((\\d+)\\) with time zone", "$1tz($2)")
                .replaceAll("^(timestamp|time)\\((\\d+)\\) without time zone", "$1($2)");
        if (!tableSchema.isEmpty() && text.startsWith(tableSchema + ".")) {
            text = text.substring(tableSchema.length() + 1);
        }
        return text;
    }
}
