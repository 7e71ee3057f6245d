package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.Optional;

/** Writes one table as a PlantUML {@code entity}: name, comment, key columns, other columns, partitions. */
final class EntityBlock {

    static final int MAX_NAME = 60;
    static final int MAX_TYPE = 32;
    static final int MAX_COMMENT = 60;
    static final String MARKER_COLOR = "#7A7A7A";

    private EntityBlock() {
    }

    static void write(StringBuilder out, Table table, String alias, ErdGraph graph, ColumnDetail detail,
            boolean qualified) {
        int partitions = graph.partitionCount(table.name());
        out.append("entity \"").append(displayName(table, qualified)).append("\" as ").append(alias);
        if (partitions > 0) {
            out.append(" <<").append(partitions).append(partitions == 1 ? " partition" : " partitions").append(">>");
        }
        if (detail == ColumnDetail.NONE) {
            out.append('\n');
            return;
        }
        out.append(" {\n");
        table.comment().filter(c -> !c.isBlank()).ifPresent(c -> out.append("  <i><color:#666666>")
                .append(PlantUmlText.escape(c.strip(), MAX_COMMENT)).append("</color></i>\n"));
        var markers = new ColumnMarkers(table, graph.foreignKeyColumns(table.name()));
        boolean keySection = table.primaryKey().isPresent();
        for (String name : markers.primaryKeyFirst()) {
            if (keySection && !markers.isPrimaryKey(name)) {
                out.append("  --\n");
                keySection = false;
            }
            if (detail == ColumnDetail.KEYS && !markers.isKey(name)) {
                continue;
            }
            Optional<Column> column = table.column(name);
            out.append(markers.notNull(name) ? "  * " : "  ").append(PlantUmlText.escape(name, MAX_NAME));
            column.ifPresent(c -> out.append(" : ")
                    .append(PlantUmlText.escape(TypeLabel.of(c.type(), table.name().schema()), MAX_TYPE)));
            String keys = markers.markers(name);
            if (!keys.isEmpty()) {
                out.append(" <color:").append(MARKER_COLOR).append('>').append(keys).append("</color>");
            }
            out.append('\n');
        }
        table.partitioning().ifPresent(p -> out.append("  .. ").append(partitions).append(" partitions by ")
                .append(PlantUmlText.escape(p.strategy() + " (" + p.key() + ")", MAX_COMMENT)).append(" ..\n"));
        out.append("}\n");
    }

    static String displayName(Table table, boolean qualified) {
        String name = qualified && table.name().isQualified() ? table.name().toString() : table.name().name();
        return PlantUmlText.escape(name, MAX_NAME * 2);
    }
}
