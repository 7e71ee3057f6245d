package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Sequence;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Recognises serial columns the way pg_dump writes them: an integer column whose default is {@code nextval()} of a
 * sequence that is OWNED BY that column.
 */
final class SerialColumns {

    private SerialColumns() {
    }

    static List<Table> mark(List<Table> tables, Collection<Sequence> sequences) {
        List<Table> out = new ArrayList<>(tables.size());
        for (Table table : tables) {
            List<Column> columns = table.columns().stream().map(c -> c.serial() ? c : mark(table, c, sequences))
                    .toList();
            out.add(new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), table.checks(),
                    table.foreignKeys(), table.exclusions(), table.indexes(), table.partitioning(),
                    table.partitionOf(), table.inherits(), table.unlogged(), table.options(), table.comment(),
                    table.location()));
        }
        return out;
    }

    private static Column mark(Table table, Column column, Collection<Sequence> sequences) {
        String defaultText = column.defaultExpression().orElse("");
        if (!defaultText.contains("nextval(")) {
            return column;
        }
        for (Sequence s : sequences) {
            boolean owned = s.ownedBy().filter(ref -> ref.table().equals(table.name())
                    && ref.column().equals(column.name())).isPresent();
            if (owned && defaultText.contains(s.name().name())) {
                return Columns.withDefault(column, column.defaultExpression(), true);
            }
        }
        return column;
    }
}
