package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names subject areas the way a reader would: a whole schema by its name; a group dominated by one name prefix by
 * that prefix ({@code merge_request}); otherwise by its most connected table; prefixed with the schema when the
 * input has several. Names are unique.
 */
final class AreaNamer {

    /** Share of the tables a prefix must cover to name the area: a third for a first word, half for more. */
    private static final double FIRST_WORD_SHARE = 1.0 / 3;
    private static final double DOMINANT_SHARE = 0.5;
    private static final int MAX_LEVEL = 4;

    private AreaNamer() {
    }

    static List<Area> name(List<TableGroup> groups, ErdGraph graph) {
        Map<String, Long> perSchema = graph.names().stream()
                .collect(Collectors.groupingBy(QualifiedName::schema, Collectors.counting()));
        boolean multiSchema = perSchema.size() > 1;
        var used = new HashSet<String>();
        var areas = new ArrayList<Area>();
        for (TableGroup tableGroup : groups) {
            List<QualifiedName> group = tableGroup.tables();
            String schema = group.get(0).schema();
            boolean wholeSchema = !schema.isEmpty() && perSchema.get(schema) == group.size();
            String base = wholeSchema ? schema : topic(group, graph, tableGroup.packed());
            String name = multiSchema && !wholeSchema && !schema.isEmpty() ? schema + ": " + base : base;
            areas.add(new Area(unique(name, used), group));
        }
        return areas;
    }

    /**
     * The most specific name prefix shared by enough of the group (at least two tables), e.g. {@code ci_runner}
     * for the ci_runner_* tables and a few others; else the most connected table. Groups packed from leftovers
     * need a prefix shared by half of them, else they are "other tables".
     */
    private static String topic(List<QualifiedName> group, ErdGraph graph, boolean packed) {
        String best = "";
        long bestCount = 0;
        for (int level = 1; level <= MAX_LEVEL; level++) {
            final int l = level;
            Map<String, Long> counts = group.stream()
                    .collect(Collectors.groupingBy(n -> NameStems.stem(n.name(), l), Collectors.counting()));
            var top = counts.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow();
            double share = l == 1 && !packed ? FIRST_WORD_SHARE : DOMINANT_SHARE;
            boolean asGoodAsBefore = l > 1 && top.getValue() == bestCount;
            if (top.getValue() < 2 || (top.getValue() < share * group.size() && !asGoodAsBefore)) {
                break;
            }
            best = top.getKey();
            bestCount = top.getValue();
        }
        if (!best.isEmpty()) {
            return best;
        }
        return packed ? "other tables" : hub(group, graph);
    }

    private static String hub(List<QualifiedName> group, ErdGraph graph) {
        Set<QualifiedName> members = new HashSet<>(group);
        Map<QualifiedName, Integer> degree = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            if (members.contains(r.child()) && members.contains(r.parent()) && !r.selfReference()) {
                degree.merge(r.child(), 1, Integer::sum);
                degree.merge(r.parent(), 1, Integer::sum);
            }
        }
        return group.stream()
                .max(Comparator.comparingInt((QualifiedName n) -> degree.getOrDefault(n, 0))
                        .thenComparing(Function.identity(), Comparator.reverseOrder()))
                .filter(n -> degree.getOrDefault(n, 0) > 0)
                .map(n -> n.name() + " and related")
                .orElse("other tables");
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }
}
