package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The key markers of a table's columns: {@code PK}, {@code FK}, {@code UQ} for a single-column unique constraint or
 * unique index, {@code UQ1}, {@code UQ2}… for the columns of each composite one; and whether a column is NOT NULL
 * (primary-key columns always are).
 */
final class ColumnMarkers {

    private final Set<String> primaryKey;
    private final Set<String> foreignKey;
    private final Map<String, List<String>> unique = new LinkedHashMap<>();
    private final Table table;

    ColumnMarkers(Table table, Set<String> foreignKeyColumns) {
        this.table = table;
        this.primaryKey = new HashSet<>(table.primaryKey().map(PrimaryKey::columns).orElse(List.of()));
        this.foreignKey = Set.copyOf(foreignKeyColumns);
        var groups = Stream.concat(table.uniqueConstraints().stream().map(UniqueConstraint::columns),
                        table.indexes().stream().filter(i -> i.unique() && !i.isPartial())
                                .filter(i -> i.leadingColumns().size() == i.keys().size())
                                .map(Index::leadingColumns))
                .filter(cols -> !cols.isEmpty() && !new HashSet<>(cols).equals(primaryKey))
                .distinct().toList();
        int composite = 0;
        for (List<String> cols : groups) {
            String marker = cols.size() == 1 ? "UQ" : "UQ" + (++composite);
            cols.forEach(c -> unique.computeIfAbsent(c, k -> new ArrayList<>()).add(marker));
        }
    }

    boolean isPrimaryKey(String column) {
        return primaryKey.contains(column);
    }

    boolean isKey(String column) {
        return primaryKey.contains(column) || foreignKey.contains(column) || unique.containsKey(column);
    }

    boolean notNull(String column) {
        return !ErdGraphBuilder.nullable(table, column);
    }

    /** {@code PK FK}, {@code UQ1} … or empty. */
    String markers(String column) {
        var out = new ArrayList<String>();
        if (primaryKey.contains(column)) {
            out.add("PK");
        }
        if (foreignKey.contains(column)) {
            out.add("FK");
        }
        unique.getOrDefault(column, List.of()).stream().distinct().forEach(out::add);
        return String.join(" ", out);
    }

    /** Column names: the primary key in key order first, then the rest in table order. */
    List<String> primaryKeyFirst() {
        var order = new ArrayList<String>(table.primaryKey().map(PrimaryKey::columns).orElse(List.of()));
        table.columns().stream().map(c -> c.name()).filter(n -> !primaryKey.contains(n)).forEach(order::add);
        return order;
    }
}
