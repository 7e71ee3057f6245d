package io.dbarch.agent.tools;

import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.Diagnostic;
import io.dbarch.knowledge.sql.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A compact, bounded text summary of a read script, for the model. Lines:
 * <pre>
 * Read pasted.sql as postgresql: 12 schema statements, 11 understood.
 * Objects: 3 tables, 14 columns, 3 primary keys, 2 foreign keys.
 * Tables (3): public.customer (5 columns), public.orders (6 columns), … and 1 more.
 * Diagnostics (1):
 * pasted.sql:7:1 CREATE TABLE: expected ')' …
 * </pre>
 */
final class SchemaSummary {

    static final int MAX_TABLES = 30;
    static final int MAX_DIAGNOSTICS = 10;
    private static final int MAX_LINE_CHARS = 300;

    private final int maxTables;
    private final int maxDiagnostics;

    SchemaSummary(int maxTables, int maxDiagnostics) {
        this.maxTables = maxTables;
        this.maxDiagnostics = maxDiagnostics;
    }

    String format(String file, ReadResult result) {
        var out = new StringBuilder();
        out.append("Read ").append(file).append(" as ").append(result.model().dialect().id()).append(": ")
                .append(result.schemaDefiningCount()).append(" schema statements, ")
                .append(result.schemaDefiningUnderstood()).append(" understood.\n");
        out.append("Objects: ").append(objects(result.model().counts())).append(".\n");
        List<Table> tables = result.model().tables();
        if (!tables.isEmpty()) {
            out.append("Tables (").append(tables.size()).append("): ")
                    .append(bounded(tables, maxTables, SchemaSummary::describe, ", ")).append(".\n");
        }
        List<Diagnostic> diagnostics = result.diagnostics();
        if (!diagnostics.isEmpty()) {
            out.append("Diagnostics (").append(diagnostics.size()).append("):\n")
                    .append(bounded(diagnostics, maxDiagnostics, d -> clip(d.asLine()), "\n")).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Non-zero counts, tables always first: {@code 3 tables, 14 columns}. */
    static String objects(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().equals("tables") || e.getValue() > 0)
                .map(e -> e.getValue() + " " + singularIfOne(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Table table) {
        int n = table.columns().size();
        return clip(table.name().toString()) + " (" + n + (n == 1 ? " column)" : " columns)");
    }

    private static <T> String bounded(List<T> items, int max, Function<T, String> show, String separator) {
        String shown = items.stream().limit(max).map(show).collect(Collectors.joining(separator));
        int rest = items.size() - Math.min(max, items.size());
        return rest == 0 ? shown : shown + separator + "… and " + rest + " more";
    }

    private static String singularIfOne(String kind, int count) {
        if (count != 1) {
            return kind;
        }
        return kind.endsWith("indexes") ? kind.substring(0, kind.length() - 2)
                : kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
    }

    private static String clip(String line) {
        String oneLine = line.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_LINE_CHARS ? oneLine : oneLine.substring(0, MAX_LINE_CHARS) + "…";
    }
}
