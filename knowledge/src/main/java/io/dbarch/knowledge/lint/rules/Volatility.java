package io.dbarch.knowledge.lint.rules;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a DEFAULT expression is volatile (evaluated per row, so adding the column rewrites the table).
 * Literals, casts of literals and stable functions such as now() are not; random(), gen_random_uuid(),
 * clock_timestamp(), nextval() and user-defined functions (whose volatility is unknown here) are.
 */
final class Volatility {

    private static final Pattern CALL = Pattern.compile("([a-z_][a-z0-9_$]*(?:\\.[a-z_][a-z0-9_$]*)?)\\s*\\(");
    private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday",
            "nextval", "setval", "txid_current", "random_normal", "gen_random_bytes");
    private static final Set<String> STABLE = Set.of("now", "current_timestamp", "transaction_timestamp",
            "statement_timestamp", "current_date", "localtimestamp", "lower", "upper", "coalesce", "nullif",
            "array", "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array", "to_jsonb",
            "to_json", "timezone", "date_trunc", "make_interval", "interval", "cast", "current_setting", "concat",
            "length", "abs", "greatest", "least", "row", "int4range", "tstzrange", "daterange", "numrange",
            "array_fill", "jsonb", "text", "inet", "point", "to_timestamp", "to_date", "date", "timestamp",
            "timestamptz", "varchar", "numeric", "bigint", "integer", "boolean", "uuid", "current_user",
            "session_user", "current_schema", "replace", "substring", "trim", "repeat", "md5", "decode", "encode",
            "extract", "date_part", "age", "format", "pg_catalog.now", "pg_catalog.timezone");

    private Volatility() {
    }

    /** The first volatile function the expression calls, e.g. {@code random}; empty when none. */
    static java.util.Optional<String> volatileCall(String expression) {
        String code = Text.code(expression);
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            String bare = name.contains(".") ? name.substring(name.indexOf('.') + 1) : name;
            if (VOLATILE.contains(bare) || !STABLE.contains(name) && !STABLE.contains(bare)
                    && !isKeywordBeforeParen(bare)) {
                return java.util.Optional.of(name);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isKeywordBeforeParen(String word) {
        return switch (word) {
            case "in", "and", "or", "not", "when", "then", "else", "case", "values", "as", "any", "all", "some",
                 "character", "varying", "precision", "with", "time", "zone" -> true;
            default -> false;
        };
    }
}
