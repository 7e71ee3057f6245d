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
 * Weak links from naming conventions, used only to group tables into areas (never drawn): a column
 * {@code customer_id} that is not a declared foreign key links its table to a {@code customer} or {@code customers}
 * table of the same schema. Schemas without declared foreign keys still get topical areas this way.
 */
final class NamingLinks {

    static final double WEIGHT = 0.5;
    private static final int MAX_WORDS = 8;

    private NamingLinks() {
    }

    static void add(ErdGraph graph, Map<QualifiedName, Integer> index, Map<Integer, Map<Integer, Double>> weights) {
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
