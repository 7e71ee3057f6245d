package io.dbarch.agent.tools;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses backfill hints {@code table.column=expression; …} for the migration planner. */
final class Backfills {

    static final int MAX = 200;

    private Backfills() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1 || !p.substring(0, eq).strip().matches("[\\w$]+(\\.[\\w$]+){1,2}")) {
                throw new IllegalArgumentException("backfill '" + (p.length() > 60 ? p.substring(0, 60) + "…" : p)
                        + "' must be table.column=SQL expression, e.g. customer.email='unknown'");
            }
            if (values.size() == MAX) {
                throw new IllegalArgumentException("at most " + MAX + " backfills");
            }
            values.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        return values;
    }
}
