package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a large schema into subject areas of at most {@code maxSize} tables: never across schemas; inside a schema
 * the seeds are tables sharing a name prefix ({@code ci_*}, {@code merge_request*}), too-large prefix groups are
 * split by a longer prefix; then {@link ClusterMerger} joins the seeds along the foreign-key graph (plus weaker
 * links from naming conventions such as a {@code customer_id} column beside a {@code customers} table); small
 * groups left without links are packed together in name order.
 */
final class AreaSplitter {

    private static final int MAX_STEM_LEVEL = 4;
    private static final double FOREIGN_KEY_WEIGHT = 1.0;

    private AreaSplitter() {
    }

    static List<TableGroup> split(ErdGraph graph, int maxSize) {
        List<QualifiedName> nodes = new ArrayList<>(graph.names());
        Map<QualifiedName, Integer> index = new HashMap<>();
        nodes.forEach(n -> index.put(n, index.size()));
        Map<Integer, Map<Integer, Double>> weights = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            link(weights, index.get(r.child()), index.get(r.parent()), FOREIGN_KEY_WEIGHT);
        }
        NamingLinks.add(graph, index, weights);
        var bySchema = new TreeMap<String, List<Integer>>();
        nodes.forEach(n -> bySchema.computeIfAbsent(n.schema(), s -> new ArrayList<>()).add(index.get(n)));
        int smallSize = Math.max(3, maxSize / 5);
        var areas = new ArrayList<TableGroup>();
        for (List<Integer> schemaNodes : bySchema.values()) {
            if (schemaNodes.size() <= maxSize) {
                areas.add(new TableGroup(names(schemaNodes, nodes), false));
                continue;
            }
            var seeds = stemSeeds(schemaNodes, nodes, 1, maxSize);
            var clusters = new ClusterMerger(seeds, within(weights, schemaNodes), nodes.size())
                    .cluster(maxSize, smallSize);
            var small = new ArrayList<List<Integer>>();
            for (List<Integer> c : clusters) {
                if (c.size() < smallSize) {
                    small.add(c);
                } else {
                    areas.add(new TableGroup(names(c, nodes), false));
                }
            }
            pack(small, nodes, maxSize).forEach(bin -> areas.add(new TableGroup(bin, true)));
        }
        areas.sort(Comparator.comparing((TableGroup g) -> g.tables().get(0).schema())
                .thenComparing(g -> -g.tables().size()).thenComparing(g -> g.tables().get(0)));
        return areas;
    }

    private static List<List<Integer>> stemSeeds(List<Integer> group, List<QualifiedName> nodes, int level,
            int maxSize) {
        var byStem = new LinkedHashMap<String, List<Integer>>();
        group.forEach(i -> byStem.computeIfAbsent(NameStems.stem(nodes.get(i).name(), level),
                s -> new ArrayList<>()).add(i));
        var seeds = new ArrayList<List<Integer>>();
        for (List<Integer> g : byStem.values()) {
            if (g.size() <= maxSize) {
                seeds.add(g);
            } else if (level < MAX_STEM_LEVEL) {
                seeds.addAll(stemSeeds(g, nodes, level + 1, maxSize));
            } else {
                int pieces = (g.size() + maxSize - 1) / maxSize;
                for (int p = 0; p < pieces; p++) {
                    seeds.add(g.subList(p * g.size() / pieces, (p + 1) * g.size() / pieces));
                }
            }
        }
        return seeds;
    }

    /** Packs small groups, in name order, into as few areas of at most {@code maxSize} as that order allows. */
    private static List<List<QualifiedName>> pack(List<List<Integer>> small, List<QualifiedName> nodes,
            int maxSize) {
        small.sort(Comparator.comparing(g -> g.stream().min(Integer::compare).orElse(0)));
        var bins = new ArrayList<List<QualifiedName>>();
        var current = new ArrayList<Integer>();
        for (List<Integer> g : small) {
            if (current.size() + g.size() > maxSize) {
                bins.add(names(current, nodes));
                current = new ArrayList<>();
            }
            current.addAll(g);
        }
        if (!current.isEmpty()) {
            bins.add(names(current, nodes));
        }
        return bins;
    }

    static void link(Map<Integer, Map<Integer, Double>> weights, int a, int b, double weight) {
        if (a != b) {
            weights.computeIfAbsent(a, k -> new HashMap<>()).merge(b, weight, Double::sum);
            weights.computeIfAbsent(b, k -> new HashMap<>()).merge(a, weight, Double::sum);
        }
    }

    private static Map<Integer, Map<Integer, Double>> within(Map<Integer, Map<Integer, Double>> weights,
            List<Integer> keep) {
        var set = new java.util.HashSet<>(keep);
        var out = new HashMap<Integer, Map<Integer, Double>>();
        for (int a : keep) {
            weights.getOrDefault(a, Map.of()).forEach((b, w) -> {
                if (set.contains(b)) {
                    out.computeIfAbsent(a, k -> new HashMap<>()).put(b, w);
                }
            });
        }
        return out;
    }

    private static List<QualifiedName> names(List<Integer> group, List<QualifiedName> nodes) {
        return group.stream().sorted().map(nodes::get).toList();
    }
}
