package io.dbarch.knowledge.migration;

import java.util.Locale;
import java.util.Set;

/** Which default expressions give each row its own value (and so cannot be a catalog-only default). */
final class Volatility {

    private static final Set<String> VOLATILE = Set.of("random(", "gen_random_uuid(", "uuid_generate_v1(",
            "uuid_generate_v4(", "uuidv4(", "uuidv7(", "clock_timestamp(", "timeofday(", "nextval(", "setval(",
            "txid_current(", "gen_random_bytes(");

    private Volatility() {
    }

    /**
     * True when the expression calls a function whose value changes per row (random(), nextval(), …), or a
     * function that is not built in (its volatility is unknown here, so it is treated as volatile), or holds a
     * subquery (which a DEFAULT cannot).
     */
    static boolean isVolatile(String expression) {
        String text = expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return VOLATILE.stream().anyMatch(text::contains) || text.contains("(select")
                || !FunctionCalls.unknown(java.util.List.of(expression), io.dbarch.knowledge.schema.SchemaModel
                .empty(io.dbarch.knowledge.schema.Dialect.POSTGRESQL)).isEmpty();
    }
}
