package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables and relationships a diagram can draw: partitions folded into their partitioned table (their foreign
 * keys become the parent's), tables in name order. Built by {@link ErdGraphBuilder}; immutable.
 */
final class ErdGraph {

    private final Map<QualifiedName, Table> tables;
    private final Map<QualifiedName, Integer> partitionCounts;
    private final List<Relationship> relationships;
    private final int unresolvedForeignKeys;

    ErdGraph(Collection<Table> tables, Map<QualifiedName, Integer> partitionCounts,
            List<Relationship> relationships, int unresolvedForeignKeys) {
        var sorted = new TreeMap<QualifiedName, Table>();
        tables.forEach(t -> sorted.put(t.name(), t));
        this.tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
        this.partitionCounts = Map.copyOf(partitionCounts);
        this.relationships = List.copyOf(relationships);
        this.unresolvedForeignKeys = unresolvedForeignKeys;
    }

    Collection<Table> tables() {
        return tables.values();
    }

    Set<QualifiedName> names() {
        return tables.keySet();
    }

    Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    int size() {
        return tables.size();
    }

    /** How many partitions were folded into {@code table} (0 for an ordinary table). */
    int partitionCount(QualifiedName table) {
        return partitionCounts.getOrDefault(table, 0);
    }

    int foldedPartitions() {
        return partitionCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<Relationship> relationships() {
        return relationships;
    }

    /** Foreign keys whose referenced table is not in the input (they cannot be drawn). */
    int unresolvedForeignKeys() {
        return unresolvedForeignKeys;
    }

    /** The columns of {@code table} that take part in one of its foreign keys (partitions' included). */
    Set<String> foreignKeyColumns(QualifiedName table) {
        var columns = new LinkedHashSet<String>();
        relationships.stream().filter(r -> r.child().equals(table)).forEach(r -> columns.addAll(r.childColumns()));
        return columns;
    }

    /** Tables linked to each table by a relationship in either direction (self-references left out). */
    Map<QualifiedName, Set<QualifiedName>> neighbours() {
        var map = new LinkedHashMap<QualifiedName, Set<QualifiedName>>();
        tables.keySet().forEach(n -> map.put(n, new LinkedHashSet<>()));
        for (Relationship r : relationships) {
            if (!r.selfReference()) {
                map.get(r.child()).add(r.parent());
                map.get(r.parent()).add(r.child());
            }
        }
        return map;
    }

    /** This graph with only {@code keep} and the relationships among them. */
    ErdGraph restrictedTo(Set<QualifiedName> keep) {
        var kept = tables.values().stream().filter(t -> keep.contains(t.name())).toList();
        var rels = relationships.stream().filter(r -> keep.contains(r.child()) && keep.contains(r.parent()))
                .toList();
        return new ErdGraph(kept, partitionCounts, rels, unresolvedForeignKeys);
    }
}
