package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Writes the PlantUML source of one entity diagram in crow's-foot notation. */
final class EntityDiagramWriter {

    /** Pads the names of other areas' tables: PlantUML sizes two-line boxes a little too tight. */
    private static final String NBSP = "<U+00A0>";
    private static final int MAX = EntityBlock.MAX_NAME;

    private EntityDiagramWriter() {
    }

    static String write(ErdGraph graph, DiagramPlan plan, ErdOptions options) {
        var out = new StringBuilder(4096 + plan.tables().size() * 512);
        out.append(PlantUmlStyle.header(plan.title()));
        Map<QualifiedName, String> alias = new LinkedHashMap<>();
        plan.tables().forEach(t -> alias.put(t, "t" + (alias.size() + 1)));
        boolean qualified = !options.groupBySchema()
                && plan.tables().stream().map(QualifiedName::schema).distinct().count() > 1;
        if (options.groupBySchema()) {
            var bySchema = new TreeMap<String, List<QualifiedName>>();
            plan.tables().forEach(t -> bySchema.computeIfAbsent(t.schema(), s -> new java.util.ArrayList<>()).add(t));
            bySchema.forEach((schema, tables) -> {
                if (!schema.isEmpty()) {
                    out.append("package \"").append(PlantUmlText.escape(schema, EntityBlock.MAX_NAME))
                            .append("\" {\n");
                }
                tables.forEach(t -> entity(out, graph, t, alias.get(t), options, qualified));
                if (!schema.isEmpty()) {
                    out.append("}\n");
                }
            });
        } else {
            plan.tables().forEach(t -> entity(out, graph, t, alias.get(t), options, qualified));
        }
        int external = 0;
        for (var e : plan.external().entrySet()) {
            String a = "x" + (++external);
            alias.put(e.getKey(), a);
            out.append("entity \"").append(NBSP).append(PlantUmlText.escape(e.getKey().toString(), 2 * MAX))
                    .append(NBSP).append("\\n<size:10>in ").append(PlantUmlText.escape(e.getValue(), MAX))
                    .append("</size>\" as ").append(a).append(' ').append(PlantUmlStyle.EXTERNAL_STYLE)
                    .append('\n');
        }
        Set<QualifiedName> drawn = new HashSet<>(plan.tables());
        List<Relationship> lines = graph.relationships().stream()
                .filter(r -> (drawn.contains(r.child()) || drawn.contains(r.parent()))
                        && alias.containsKey(r.child()) && alias.containsKey(r.parent()))
                .toList();
        Map<Relationship, String> dashes = LineLengths.of(lines);
        lines.forEach(r -> line(out, r, alias, dashes.getOrDefault(r, "--")));
        if (options.legend()) {
            out.append(PlantUmlStyle.entityLegend(!plan.external().isEmpty()));
        }
        return out.append(PlantUmlStyle.footer()).toString();
    }

    /** The relationships a plan draws (both ends drawn, at least one in full). */
    static int countLines(ErdGraph graph, DiagramPlan plan) {
        Set<QualifiedName> drawn = new HashSet<>(plan.tables());
        Set<QualifiedName> all = new HashSet<>(drawn);
        all.addAll(plan.external().keySet());
        return (int) graph.relationships().stream()
                .filter(r -> (drawn.contains(r.child()) || drawn.contains(r.parent()))
                        && all.contains(r.child()) && all.contains(r.parent()))
                .count();
    }

    private static void entity(StringBuilder out, ErdGraph graph, QualifiedName name, String alias,
            ErdOptions options, boolean qualified) {
        Table table = graph.table(name).orElseThrow();
        EntityBlock.write(out, table, alias, graph, options.columns(), qualified);
    }

    /** {@code parent ||--o{ child}: bar or circle at the parent, crow's foot (or bar for one-to-one) at the child. */
    private static void line(StringBuilder out, Relationship r, Map<QualifiedName, String> alias, String dashes) {
        out.append(alias.get(r.parent())).append(' ').append(r.optional() ? "|o" : "||").append(dashes)
                .append(r.oneToOne() ? "o|" : "o{").append(' ').append(alias.get(r.child()));
        r.label().ifPresent(l -> out.append(" : ").append(PlantUmlText.escape(l, EntityBlock.MAX_NAME)));
        out.append('\n');
    }
}
