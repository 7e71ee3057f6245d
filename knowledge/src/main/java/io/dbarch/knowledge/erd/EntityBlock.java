package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.Table;
import java.util.List;

/**
 * Writes one table as a PlantUML {@code entity}: name, comment, primary key, other columns (at most
 * {@value #MAX_COLUMNS}; key columns always show, further columns are counted), partitions.
 */
final class EntityBlock {

    static final int MAX_NAME = 60;
    static final int MAX_TYPE = 32;
    static final int MAX_COMMENT = 60;
    static final int MAX_COLUMNS = 40;
    static final String MARKER_COLOR = "#7A7A7A";
    private static final String NOTE = "<i><color:#666666>";
    private static final String END_NOTE = "</color></i>\n";

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
        table.comment().filter(c -> !c.isBlank()).ifPresent(c -> out.append("  ").append(NOTE)
                .append(PlantUmlText.escape(c.strip(), MAX_COMMENT)).append(END_NOTE));
        columns(out, table, new ColumnMarkers(table, graph.foreignKeyColumns(table.name())), detail);
        table.partitioning().ifPresent(p -> out.append("  ..\n  ").append(NOTE).append(partitions)
                .append(" partitions by ").append(PlantUmlText.escape(p.strategy() + " (" + p.key() + ")", MAX_COMMENT))
                .append(END_NOTE));
        out.append("}\n");
    }

    private static void columns(StringBuilder out, Table table, ColumnMarkers markers, ColumnDetail detail) {
        List<String> names = markers.primaryKeyFirst();
        long keyColumns = names.stream().filter(markers::isKey).count();
        long room = detail == ColumnDetail.KEYS ? 0 : Math.max(0, MAX_COLUMNS - keyColumns);
        int omitted = 0;
        boolean keySection = table.primaryKey().isPresent();
        for (String name : names) {
            if (keySection && !markers.isPrimaryKey(name)) {
                out.append("  --\n");
                keySection = false;
            }
            if (!markers.isKey(name) && room-- <= 0) {
                omitted++;
                continue;
            }
            out.append(markers.notNull(name) ? "  * " : "  ").append(PlantUmlText.escape(name, MAX_NAME));
            table.column(name).ifPresent(c -> out.append(" : ")
                    .append(PlantUmlText.escape(TypeLabel.of(c.type(), table.name().schema()), MAX_TYPE)));
            String keys = markers.markers(name);
            if (!keys.isEmpty()) {
                out.append(" <color:").append(MARKER_COLOR).append('>').append(keys).append("</color>");
            }
            out.append('\n');
        }
        if (detail == ColumnDetail.ALL && omitted > 0) {
            out.append("  ").append(NOTE).append("and ").append(omitted).append(" more columns").append(END_NOTE);
        }
    }

    static String displayName(Table table, boolean qualified) {
        String name = qualified && table.name().isQualified() ? table.name().toString() : table.name().name();
        return PlantUmlText.escape(name, MAX_NAME * 2);
    }
}
