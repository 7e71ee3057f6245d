package io.dbarch.knowledge.erd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Greedy modularity clustering with a size cap: starting from seed clusters, repeatedly merges the two linked
 * clusters whose merge most increases modularity, as long as the result stays within {@code maxSize}. Hubs (tables
 * many others reference) have a high degree, so merging them costs more: they do not swallow their neighbours.
 * Then attaches each cluster below {@code smallSize} to its most strongly linked neighbour that has room.
 * Work is bounded by (clusters × links) per merge, and there are fewer merges than clusters.
 */
final class ClusterMerger {

    private final List<List<Integer>> members = new ArrayList<>();
    private final List<Map<Integer, Double>> links = new ArrayList<>();
    private final double[] degree;
    private final double total;

    /** @param seeds clusters of node indexes; @param weights symmetric link weights between node indexes */
    ClusterMerger(List<List<Integer>> seeds, Map<Integer, Map<Integer, Double>> weights, int nodes) {
        int[] clusterOf = new int[nodes];
        for (int c = 0; c < seeds.size(); c++) {
            members.add(new ArrayList<>(seeds.get(c)));
            links.add(new TreeMap<>());
            for (int node : seeds.get(c)) {
                clusterOf[node] = c;
            }
        }
        degree = new double[seeds.size()];
        double sum = 0;
        for (var from : weights.entrySet()) {
            for (var to : from.getValue().entrySet()) {
                int a = clusterOf[from.getKey()];
                int b = clusterOf[to.getKey()];
                degree[a] += to.getValue();
                sum += to.getValue();
                if (a != b) {
                    links.get(a).merge(b, to.getValue(), Double::sum);
                }
            }
        }
        total = sum / 2;
    }

    List<List<Integer>> cluster(int maxSize, int smallSize) {
        while (total > 0 && mergeBest(maxSize)) {
            // keep merging while modularity improves
        }
        boolean attached = true;
        while (attached) {
            attached = attachSmall(maxSize, smallSize);
        }
        return members.stream().filter(m -> !m.isEmpty()).map(List::copyOf).toList();
    }

    private boolean mergeBest(int maxSize) {
        int bestA = -1;
        int bestB = -1;
        double best = 1e-12;
        for (int a = 0; a < members.size(); a++) {
            for (var link : links.get(a).entrySet()) {
                int b = link.getKey();
                if (b <= a || members.get(a).size() + members.get(b).size() > maxSize) {
                    continue;
                }
                double gain = link.getValue() / total - degree[a] * degree[b] / (2 * total * total);
                if (gain > best) {
                    best = gain;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        merge(bestA, bestB);
        return true;
    }

    private boolean attachSmall(int maxSize, int smallSize) {
        for (int a = 0; a < members.size(); a++) {
            int size = members.get(a).size();
            if (size == 0 || size >= smallSize) {
                continue;
            }
            int target = -1;
            double strongest = 0;
            for (var link : links.get(a).entrySet()) {
                int b = link.getKey();
                if (link.getValue() > strongest && members.get(b).size() + size <= maxSize) {
                    strongest = link.getValue();
                    target = b;
                }
            }
            if (target >= 0) {
                merge(Math.min(a, target), Math.max(a, target));
                return true;
            }
        }
        return false;
    }

    /** Moves cluster {@code b} into cluster {@code a}. */
    private void merge(int a, int b) {
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        degree[a] += degree[b];
        degree[b] = 0;
        Map<Integer, Double> fromB = links.get(b);
        links.set(b, new HashMap<>());
        links.get(a).remove(b);
        for (var link : fromB.entrySet()) {
            int c = link.getKey();
            links.get(c).remove(b);
            if (c != a) {
                links.get(a).merge(c, link.getValue(), Double::sum);
                links.get(c).merge(a, link.getValue(), Double::sum);
            }
        }
    }
}
