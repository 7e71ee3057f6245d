package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved renames: source table name to target table name, and per target table, source column name to target
 * column name. Table names are qualified with the default schema.
 */
record Renames(
        Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns,
        Map<QualifiedName, QualifiedName> sequences) {

    Renames {
        tables = Map.copyOf(tables);
        sequences = Map.copyOf(sequences);
        var copy = new HashMap<QualifiedName, Map<String, String>>();
        columns.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        columns = Map.copyOf(copy);
    }

    /** The renames a plan was made with: its hints resolved against its source and target. */
    static Renames of(MigrationPlan plan) {
        return new RenameResolver(plan.from(), plan.to()).resolve(plan.options().renames());
    }

    static Renames none() {
        return new Renames(Map.of(), Map.of(), Map.of());
    }

    /** The target name of a source table (itself when not renamed). */
    QualifiedName table(QualifiedName source) {
        return tables.getOrDefault(source, source);
    }

    /** The target name of column {@code column} of the target table {@code table}. */
    String column(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }

    /** The source name of a target column, when it was renamed. */
    Optional<String> sourceColumn(QualifiedName table, String targetColumn) {
        return columns.getOrDefault(table, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().equals(targetColumn)).map(Map.Entry::getKey).findFirst();
    }

    List<String> columns(QualifiedName table, List<String> names) {
        return names.stream().map(n -> column(table, n)).toList();
    }

    Renames withSequence(QualifiedName from, QualifiedName to) {
        var s = new HashMap<>(sequences);
        s.put(from, to);
        return new Renames(tables, columns, s);
    }

    /** The target name of a source sequence (itself when not renamed). */
    QualifiedName sequence(QualifiedName source) {
        return sequences.getOrDefault(source, source);
    }

    boolean renamedTable(QualifiedName source) {
        return tables.containsKey(source);
    }

    Renames withTable(QualifiedName from, QualifiedName to) {
        var t = new HashMap<>(tables);
        t.put(from, to);
        return new Renames(t, columns, sequences);
    }

    Renames withColumn(QualifiedName table, String from, String to) {
        var c = new HashMap<>(columns);
        var m = new HashMap<>(c.getOrDefault(table, Map.of()));
        m.put(from, to);
        c.put(table, m);
        return new Renames(tables, c, sequences);
    }
}
