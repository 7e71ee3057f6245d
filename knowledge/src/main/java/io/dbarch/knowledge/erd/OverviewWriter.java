package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the overview of a split schema: one box per subject area (table count and its most connected tables) and
 * one arrow per pair of areas linked by foreign keys, from the referencing area to the referenced one, labelled
 * with the number of foreign keys.
 */
final class OverviewWriter {

    static final int TABLES_SHOWN = 8;

    private OverviewWriter() {
    }

    static String write(ErdGraph graph, List<Area> areas, ErdOptions options) {
        var out = new StringBuilder(2048 + areas.size() * 256);
        String title = options.title().map(t -> t + " - ").orElse("") + "overview: " + graph.size()
                + " tables in " + areas.size() + " subject areas";
        out.append(PlantUmlStyle.header(Optional.of(title)));
        Map<QualifiedName, Integer> areaOf = Area.indexOf(areas);
        Map<QualifiedName, Integer> degree = new HashMap<>();
        graph.relationships().forEach(r -> {
            degree.merge(r.child(), 1, Integer::sum);
            degree.merge(r.parent(), 1, Integer::sum);
        });
        for (int i = 0; i < areas.size(); i++) {
            box(out, areas.get(i), "a" + (i + 1), degree);
        }
        for (var link : links(graph, areaOf).entrySet()) {
            int count = link.getValue();
            out.append('a').append(link.getKey().get(0) + 1).append(" --> a").append(link.getKey().get(1) + 1)
                    .append(" : ").append(count).append(count == 1 ? " FK" : " FKs").append('\n');
        }
        if (options.legend()) {
            out.append(PlantUmlStyle.overviewLegend());
        }
        return out.append(PlantUmlStyle.footer()).toString();
    }

    /** (referencing area, referenced area) to number of foreign keys, for distinct areas. */
    static Map<List<Integer>, Integer> links(ErdGraph graph, Map<QualifiedName, Integer> areaOf) {
        var links = new TreeMap<List<Integer>, Integer>(Comparator.comparing((List<Integer> l) -> l.get(0))
                .thenComparing(l -> l.get(1)));
        for (Relationship r : graph.relationships()) {
            Integer from = areaOf.get(r.child());
            Integer to = areaOf.get(r.parent());
            if (from != null && to != null && !from.equals(to)) {
                links.merge(List.of(from, to), 1, Integer::sum);
            }
        }
        return links;
    }

    private static void box(StringBuilder out, Area area, String alias, Map<QualifiedName, Integer> degree) {
        out.append("entity \"").append(PlantUmlText.escape(area.name(), EntityBlock.MAX_NAME)).append("\" as ")
                .append(alias).append(" {\n  <b>").append(area.tables().size())
                .append(area.tables().size() == 1 ? " table" : " tables").append("</b>\n  --\n");
        area.tables().stream()
                .sorted(Comparator.comparingInt((QualifiedName t) -> -degree.getOrDefault(t, 0))
                        .thenComparing(t -> t))
                .limit(TABLES_SHOWN)
                .forEach(t -> out.append("  ").append(PlantUmlText.escape(t.name(), EntityBlock.MAX_NAME))
                        .append('\n'));
        if (area.tables().size() > TABLES_SHOWN) {
            out.append("  <i>and ").append(area.tables().size() - TABLES_SHOWN).append(" more</i>\n");
        }
        out.append("}\n");
    }
}
