package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weak links from naming conventions, used only to group tables into areas (never drawn): tables sharing a name
 * prefix, and a column {@code customer_id} that is not a declared foreign key to a {@code customer} or
 * {@code customers} table of the same schema. Schemas without declared foreign keys still get topical areas.
 */
final class NamingLinks {

    static final double WEIGHT = 0.5;
    static final double PREFIX_WEIGHT = 0.7;
    private static final int MAX_WORDS = 8;

    private NamingLinks() {
    }

    static void add(ErdGraph graph, Map<QualifiedName, Integer> index, Map<Integer, Map<Integer, Double>> weights) {
        addPrefixChains(graph, index, weights);
        addColumnReferences(graph, index, weights);
    }

    /**
     * Links each table to the next one in name order that shares its first word, and again for the first two
     * words ({@code ci_build_needs - ci_build_tags - ci_builds}): a chain keeps prefix families together without
     * making any one table a hub.
     */
    private static void addPrefixChains(ErdGraph graph, Map<QualifiedName, Integer> index,
            Map<Integer, Map<Integer, Double>> weights) {
        for (int level = 1; level <= 2; level++) {
            Map<List<String>, QualifiedName> last = new HashMap<>();
            for (QualifiedName name : graph.names()) {
                List<String> key = List.of(name.schema(), NameStems.stem(name.name(), level));
                QualifiedName previous = last.put(key, name);
                if (previous != null) {
                    AreaSplitter.link(weights, index.get(previous), index.get(name), PREFIX_WEIGHT);
                }
            }
        }
    }

    private static void addColumnReferences(ErdGraph graph, Map<QualifiedName, Integer> index,
            Map<Integer, Map<Integer, Double>> weights) {
        Map<List<String>, QualifiedName> byStem = new HashMap<>();
        Set<List<String>> ambiguous = new HashSet<>();
        for (QualifiedName name : graph.names()) {
            List<String> key = List.of(name.schema(), NameStems.stem(name.name(), MAX_WORDS));
            if (byStem.putIfAbsent(key, name) != null) {
                ambiguous.add(key);
            }
        }
        ambiguous.forEach(byStem::remove);
        for (Table table : graph.tables()) {
            Set<String> declared = graph.foreignKeyColumns(table.name());
            for (Column column : table.columns()) {
                String stem = NameStems.referencedStem(column.name());
                if (stem.isEmpty() || declared.contains(column.name())) {
                    continue;
                }
                QualifiedName target = byStem.get(List.of(table.name().schema(), stem));
                if (target != null && !target.equals(table.name())) {
                    AreaSplitter.link(weights, index.get(table.name()), index.get(target), WEIGHT);
                }
            }
        }
    }
}
