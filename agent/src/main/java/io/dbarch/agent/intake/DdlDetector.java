package io.dbarch.agent.intake;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds DDL in a chat message: the content of fenced {@code ```sql} blocks (or unlabelled fences that hold DDL), or
 * else the text from the first {@code CREATE …}/{@code ALTER …} statement on, when it reads like a statement
 * (has a parenthesis or a semicolon) rather than prose such as "should I alter table orders?".
 */
public final class DdlDetector {

    static final Set<String> SQL_LABELS =
            Set.of("sql", "postgresql", "postgres", "psql", "pgsql", "plpgsql", "mysql", "ddl");
    private static final Pattern DDL_START = Pattern.compile(
            "\\b(?:create|alter)\\s+(?:or\\s+replace\\s+)?"
                    + "(?:(?:unique|temporary|temp|unlogged|materialized|global|local)\\s+)*"
                    + "(?:table|index|view|type|schema|sequence|extension|domain|function|trigger)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The DDL in {@code message}, if any: every SQL fence joined, else unfenced DDL. */
    public Optional<String> detect(String message) {
        List<String> fenced = sqlBlocks(message);
        if (!fenced.isEmpty()) {
            return Optional.of(String.join("\n\n", fenced));
        }
        OptionalInt start = unfencedStart(message);
        return start.isPresent() ? Optional.of(message.substring(start.getAsInt()).strip()) : Optional.empty();
    }

    /** The bodies of the fences that hold SQL, in order. */
    public List<String> sqlBlocks(String message) {
        return Fence.parse(message).stream().filter(DdlDetector::isSql).map(Fence::body).toList();
    }

    static boolean isSql(Fence fence) {
        return !fence.body().isEmpty() && (SQL_LABELS.contains(fence.label())
                || (fence.label().isEmpty() && DDL_START.matcher(fence.body()).find()));
    }

    /** Where unfenced, statement-like DDL starts in a message, if it has some. */
    public OptionalInt unfencedStart(String message) {
        Matcher start = DDL_START.matcher(message);
        if (start.find()) {
            String tail = message.substring(start.start());
            if (tail.indexOf('(') >= 0 || tail.indexOf(';') >= 0) {
                return OptionalInt.of(start.start());
            }
        }
        return OptionalInt.empty();
    }
}
