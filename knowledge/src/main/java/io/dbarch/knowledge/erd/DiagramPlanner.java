package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Decides whether to split and plans one diagram per subject area (plus the overview), or one diagram. */
final class DiagramPlanner {

    /** At most this many boxes for tables of other areas in one area diagram (the most linked first). */
    static final int MAX_EXTERNAL = 10;
    /** Layout time grows faster than linearly: 300 tables take about 5 s as one picture. */
    static final int MAX_ONE_PICTURE = 500;

    private DiagramPlanner() {
    }

    static boolean shouldSplit(ErdGraph selected, ErdOptions options) {
        return switch (options.split()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> selected.size() > options.splitThreshold();
        };
    }

    static DiagramPlan single(ErdGraph selected, ErdOptions options) {
        if (selected.size() > MAX_ONE_PICTURE) {
            throw new ErdException(selected.size() + " tables are too many for one picture (at most "
                    + MAX_ONE_PICTURE + "); let the schema be split into subject areas, or narrow the selection"
                    + " with include/exclude patterns or a focus table.");
        }
        return new DiagramPlan("erd", options.title(), List.copyOf(selected.names()), Map.of());
    }

    /** The entity diagrams to draw: the one picture, every area's, the picked area's, or none (overview only). */
    static List<DiagramPlan> drawn(ErdGraph selected, List<Area> areas, Optional<Integer> picked,
            ErdOptions options) {
        if (areas.isEmpty()) {
            return List.of(single(selected, options));
        }
        if (picked.isEmpty() && !options.areaDiagrams()) {
            return List.of();
        }
        List<DiagramPlan> all = perArea(selected, areas, options);
        return picked.map(i -> List.of(all.get(i))).orElse(all);
    }

    static List<Area> areas(ErdGraph selected, ErdOptions options) {
        return AreaNamer.name(AreaSplitter.split(selected, options.maxTablesPerDiagram()), selected);
    }

    static List<DiagramPlan> perArea(ErdGraph selected, List<Area> areas, ErdOptions options) {
        Map<QualifiedName, String> areaOf = new HashMap<>();
        areas.forEach(a -> a.tables().forEach(t -> areaOf.put(t, a.name())));
        var plans = new ArrayList<DiagramPlan>();
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            String title = options.title().map(t -> t + " - ").orElse("") + area.name() + " ("
                    + area.tables().size() + (area.tables().size() == 1 ? " table)" : " tables)");
            String name = String.format(Locale.ROOT, "erd-%02d-%s", i + 1, slug(area.name()));
            plans.add(new DiagramPlan(name, Optional.of(title), area.tables(),
                    external(selected, area, areaOf)));
        }
        return plans;
    }

    private static Map<QualifiedName, String> external(ErdGraph graph, Area area, Map<QualifiedName, String> areaOf) {
        Set<QualifiedName> inside = new HashSet<>(area.tables());
        Map<QualifiedName, Integer> links = new HashMap<>();
        for (Relationship r : graph.relationships()) {
            if (inside.contains(r.child()) != inside.contains(r.parent())) {
                links.merge(inside.contains(r.child()) ? r.parent() : r.child(), 1, Integer::sum);
            }
        }
        var chosen = new LinkedHashMap<QualifiedName, String>();
        links.entrySet().stream()
                .sorted(Map.Entry.<QualifiedName, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_EXTERNAL)
                .forEach(e -> chosen.put(e.getKey(), areaOf.get(e.getKey())));
        return chosen;
    }

    /** A file-name-safe form of an area name: lower-case ASCII letters, digits and dashes, at most 40. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "area" : slug;
    }

}
