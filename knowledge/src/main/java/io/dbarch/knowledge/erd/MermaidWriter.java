package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a Mermaid {@code erDiagram} (crow's-foot line ends, PK/FK/UK keys) for a diagram plan or the overview. */
final class MermaidWriter {

    private static final int MAX = 64;

    private MermaidWriter() {
    }

    static String write(ErdGraph graph, DiagramPlan plan, ErdOptions options) {
        var out = new StringBuilder(2048 + plan.tables().size() * 256);
        header(out, plan.title());
        boolean qualified = plan.tables().stream().map(QualifiedName::schema).distinct().count() > 1;
        Set<String> used = MermaidText.newNameSet();
        Map<QualifiedName, String> ids = new LinkedHashMap<>();
        for (QualifiedName name : plan.tables()) {
            String id = MermaidText.entity(qualified ? name.toString() : name.name(), MAX, used);
            ids.put(name, id);
            entity(out, graph.table(name).orElseThrow(), id, graph, options.columns());
        }
        for (QualifiedName name : plan.external().keySet()) {
            String id = MermaidText.entity(name.toString(), MAX, used);
            ids.put(name, id);
            out.append("    ").append(id).append('\n');
        }
        Set<QualifiedName> drawn = new HashSet<>(plan.tables());
        for (Relationship r : graph.relationships()) {
            if ((drawn.contains(r.child()) || drawn.contains(r.parent())) && ids.containsKey(r.child())
                    && ids.containsKey(r.parent())) {
                out.append("    ").append(ids.get(r.parent())).append(' ').append(r.optional() ? "|o" : "||")
                        .append("--").append(r.oneToOne() ? "o|" : "o{").append(' ').append(ids.get(r.child()))
                        .append(" : \"").append(MermaidText.quoted(String.join(", ", r.childColumns()), MAX))
                        .append("\"\n");
            }
        }
        return out.toString();
    }

    static String overview(ErdGraph graph, List<Area> areas, ErdOptions options) {
        var out = new StringBuilder();
        header(out, Optional.of(options.title().map(t -> t + " - ").orElse("") + "overview"));
        Set<String> used = MermaidText.newNameSet();
        String[] ids = new String[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            ids[i] = MermaidText.entity(areas.get(i).name(), MAX, used);
            out.append("    ").append(ids[i]).append(" {\n        int tables \"")
                    .append(areas.get(i).tables().size()).append(" tables\"\n    }\n");
        }
        OverviewWriter.links(graph, Area.indexOf(areas)).forEach((pair, count) -> out.append("    ")
                .append(ids[pair.get(0)]).append(" }o--o{ ").append(ids[pair.get(1)]).append(" : \"").append(count)
                .append(count == 1 ? " FK" : " FKs").append("\"\n"));
        return out.toString();
    }

    private static void header(StringBuilder out, Optional<String> title) {
        title.ifPresent(t -> out.append("---\ntitle: \"").append(MermaidText.quoted(t, ErdOptions.MAX_TEXT))
                .append("\"\n---\n"));
        out.append("erDiagram\n");
    }

    private static void entity(StringBuilder out, Table table, String id, ErdGraph graph, ColumnDetail detail) {
        if (detail == ColumnDetail.NONE) {
            out.append("    ").append(id).append('\n');
            return;
        }
        var markers = new ColumnMarkers(table, graph.foreignKeyColumns(table.name()));
        out.append("    ").append(id).append(" {\n");
        Set<String> used = MermaidText.newNameSet();
        for (String name : markers.primaryKeyFirst()) {
            if (detail == ColumnDetail.KEYS && !markers.isKey(name)) {
                continue;
            }
            String type = table.column(name).map(Column::type).map(t -> TypeLabel.of(t, table.name().schema()))
                    .orElse("unknown");
            out.append("        ").append(MermaidText.type(type, MAX)).append(' ')
                    .append(MermaidText.unique(MermaidText.identifier(name, MAX), used));
            List<String> keys = new java.util.ArrayList<>();
            for (String m : markers.markers(name).split(" ")) {
                String key = m.startsWith("UQ") ? "UK" : m;
                if (!m.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
            out.append(keys.isEmpty() ? "" : " " + String.join(", ", keys)).append('\n');
        }
        out.append("    }\n");
    }
}
