package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.EditDistance;
import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chooses the tables to draw: include and exclude patterns, then the focus table and its neighbourhood. */
final class TableSelector {

    /** Bounds the work of one request (about 80 area diagrams at the default area size). */
    static final int MAX_TABLES = 2000;

    private TableSelector() {
    }

    static Set<QualifiedName> select(ErdGraph graph, ErdOptions options) {
        if (graph.size() == 0) {
            throw new ErdException("The schema has no tables to draw; check that the input holds CREATE TABLE"
                    + " statements.");
        }
        var includes = options.include().stream().map(TablePattern::new).toList();
        var excludes = options.exclude().stream().map(TablePattern::new).toList();
        var selected = new LinkedHashSet<QualifiedName>();
        for (QualifiedName name : graph.names()) {
            boolean in = includes.isEmpty() || includes.stream().anyMatch(p -> p.matches(name));
            if (in && excludes.stream().noneMatch(p -> p.matches(name))) {
                selected.add(name);
            }
        }
        if (selected.isEmpty()) {
            throw new ErdException("No table is left after the include " + options.include() + " and exclude "
                    + options.exclude() + " patterns; the schema has " + sample(graph.names()) + ".");
        }
        if (options.focus().isEmpty()) {
            return bounded(selected);
        }
        QualifiedName focus = resolve(graph.names(), options.focus().get());
        if (!selected.contains(focus)) {
            throw new ErdException("The focus table '" + focus + "' is left out by the include/exclude patterns.");
        }
        return bounded(neighbourhood(graph, selected, focus, options.depth()));
    }

    private static Set<QualifiedName> bounded(Set<QualifiedName> selected) {
        if (selected.size() > MAX_TABLES) {
            throw new ErdException(selected.size() + " tables selected; an ERD request draws at most " + MAX_TABLES
                    + ". Narrow it with include/exclude patterns (e.g. 'sales.*') or a focus table and depth.");
        }
        return selected;
    }

    private static Set<QualifiedName> neighbourhood(ErdGraph graph, Set<QualifiedName> allowed,
            QualifiedName focus, int depth) {
        Map<QualifiedName, Set<QualifiedName>> neighbours = graph.neighbours();
        var distance = new LinkedHashMap<QualifiedName, Integer>();
        distance.put(focus, 0);
        var queue = new ArrayDeque<QualifiedName>(List.of(focus));
        while (!queue.isEmpty()) {
            QualifiedName current = queue.poll();
            int d = distance.get(current);
            if (d == depth) {
                continue;
            }
            for (QualifiedName next : neighbours.get(current)) {
                if (allowed.contains(next) && !distance.containsKey(next)) {
                    distance.put(next, d + 1);
                    queue.add(next);
                }
            }
        }
        return graph.names().stream().filter(distance::containsKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The table named {@code wanted} ({@code t} or {@code s.t}; exact, then any case), or a helpful error. */
    static QualifiedName resolve(Set<QualifiedName> names, String wanted) {
        Optional<QualifiedName> exact = names.stream()
                .filter(n -> n.toString().equals(wanted) || n.name().equals(wanted)).findFirst();
        return exact.or(() -> names.stream().filter(n -> n.toString().equalsIgnoreCase(wanted)
                        || n.name().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> new ErdException("Unknown table '" + wanted + "'"
                        + suggestions(names, wanted) + "."));
    }

    private static String suggestions(Set<QualifiedName> names, String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        List<String> close = names.stream()
                .sorted(Comparator.comparingInt(n -> EditDistance.between(lower, n.name().toLowerCase(Locale.ROOT))))
                .limit(5).map(QualifiedName::toString).toList();
        return "; closest names: " + String.join(", ", close);
    }

    private static String sample(Set<QualifiedName> names) {
        String first = names.stream().limit(5).map(QualifiedName::toString).collect(Collectors.joining(", "));
        return names.size() + " tables (" + first + (names.size() > 5 ? ", …" : "") + ")";
    }

}
