package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds DDL in a chat message: the content of fenced {@code ```sql} blocks (or unlabelled fences that hold DDL), or
 * else the text from the first {@code CREATE …}/{@code ALTER …} statement on, when it reads like a statement
 * (has a parenthesis or a semicolon) rather than prose such as "should I alter table orders?".
 */
final class DdlDetector {

    private static final String FENCE = "```";
    private static final Set<String> SQL_LABELS =
            Set.of("sql", "postgresql", "postgres", "psql", "pgsql", "plpgsql", "mysql", "ddl");
    private static final Pattern DDL_START = Pattern.compile(
            "\\b(?:create|alter)\\s+(?:or\\s+replace\\s+)?"
                    + "(?:(?:unique|temporary|temp|unlogged|materialized|global|local)\\s+)*"
                    + "(?:table|index|view|type|schema|sequence|extension|domain|function|trigger)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The DDL in {@code message}, if any. */
    Optional<String> detect(String message) {
        List<String> fenced = sqlFences(message);
        if (!fenced.isEmpty()) {
            return Optional.of(String.join("\n\n", fenced));
        }
        Matcher start = DDL_START.matcher(message);
        if (start.find()) {
            String tail = message.substring(start.start()).strip();
            if (tail.indexOf('(') >= 0 || tail.indexOf(';') >= 0) {
                return Optional.of(tail);
            }
        }
        return Optional.empty();
    }

    private List<String> sqlFences(String message) {
        List<String> blocks = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = message.indexOf(FENCE, from);
            if (open < 0) {
                return blocks;
            }
            int lineEnd = message.indexOf('\n', open);
            if (lineEnd < 0) {
                return blocks;
            }
            String label = message.substring(open + FENCE.length(), lineEnd).strip().toLowerCase(Locale.ROOT);
            int close = message.indexOf(FENCE, lineEnd + 1);
            String body = message.substring(lineEnd + 1, close < 0 ? message.length() : close).strip();
            boolean sql = SQL_LABELS.contains(label) || (label.isEmpty() && DDL_START.matcher(body).find());
            if (sql && !body.isEmpty()) {
                blocks.add(body);
            }
            if (close < 0) {
                return blocks;
            }
            from = close + FENCE.length();
        }
    }
}
