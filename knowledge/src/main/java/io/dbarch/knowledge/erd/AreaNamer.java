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

    private static final double DOMINANT_SHARE = 0.4;
    private static final int MAX_LEVEL = 4;

    private AreaNamer() {
    }

    static List<Area> name(List<List<QualifiedName>> groups, ErdGraph graph) {
        Map<String, Long> perSchema = graph.names().stream()
                .collect(Collectors.groupingBy(QualifiedName::schema, Collectors.counting()));
        boolean multiSchema = perSchema.size() > 1;
        var used = new HashSet<String>();
        var areas = new ArrayList<Area>();
        for (List<QualifiedName> group : groups) {
            String schema = group.get(0).schema();
            boolean wholeSchema = !schema.isEmpty() && perSchema.get(schema) == group.size();
            String base = wholeSchema ? schema : topic(group, graph);
            String name = multiSchema && !wholeSchema && !schema.isEmpty() ? schema + ": " + base : base;
            areas.add(new Area(unique(name, used), group));
        }
        return areas;
    }

    private static String topic(List<QualifiedName> group, ErdGraph graph) {
        Map<String, List<QualifiedName>> byStem = group.stream()
                .collect(Collectors.groupingBy(n -> NameStems.stem(n.name(), 1)));
        List<QualifiedName> largest = byStem.values().stream()
                .max(Comparator.comparingInt((List<QualifiedName> l) -> l.size())
                        .thenComparing(l -> l.get(0), Comparator.reverseOrder()))
                .orElseThrow();
        if (largest.size() >= 2 && largest.size() >= DOMINANT_SHARE * group.size()) {
            return commonStem(largest);
        }
        return hub(group, graph);
    }

    /** The longest word prefix all the tables share, e.g. {@code merge_request} for merge_requests and friends. */
    private static String commonStem(List<QualifiedName> tables) {
        String common = NameStems.stem(tables.get(0).name(), 1);
        for (int level = 2; level <= MAX_LEVEL; level++) {
            final int l = level;
            Set<String> stems = tables.stream().map(t -> NameStems.stem(t.name(), l)).collect(Collectors.toSet());
            if (stems.size() != 1 || stems.contains(common)) {
                break;
            }
            common = stems.iterator().next();
        }
        return common;
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
