package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AddColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterTable;
import io.dbarch.knowledge.migration.TableChanges.DropColumn;
import io.dbarch.knowledge.migration.TableChanges.RenameColumn;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a table that exists in both schemas: its properties, columns, constraints and indexes. A partition's
 * columns come from its parent and an inheriting table's inherited columns from the parent, so they are left to
 * the parent.
 */
final class TableDiffer {

    private final SchemaModel to;
    private final Renames renames;
    private final KeyDiffer keys;

    TableDiffer(SchemaModel to, Renames renames, KeyDiffer keys) {
        this.to = to;
        this.renames = renames;
        this.keys = keys;
    }

    void diff(Table original, Table before, Table after, List<Change> out) {
        if (!TableProps.differences(before, after).isEmpty()) {
            out.add(new AlterTable(before, after));
        }
        if (!after.isPartition()) {
            columns(original, before, after, out);
        }
        keys.diff(original, before, after, out);
    }

    private void columns(Table original, Table before, Table after, List<Change> out) {
        Map<String, String> renamed = renames.columns()
                .getOrDefault(after.name().inSchema(to.dialect().defaultSchema()), Map.of());
        renamed.forEach((from, to) -> out.add(new RenameColumn(after, from,
                after.column(to).orElseThrow())));
        for (Column target : after.columns()) {
            if (inherited(after, target.name())) {
                continue;
            }
            Optional<Column> source = before.columns().stream().filter(c -> c.name().equals(target.name()))
                    .findFirst();
            if (source.isEmpty()) {
                out.add(new AddColumn(after, target));
            } else if (!ColumnDelta.of(source.get(), target).isEmpty()) {
                String originalName = renames.sourceColumn(after.name(), target.name()).orElse(target.name());
                Column old = original.column(originalName).orElse(source.get());
                out.add(new AlterColumn(after, old, target));
            }
        }
        for (Column column : before.columns()) {
            if (after.columns().stream().noneMatch(c -> c.name().equals(column.name()))
                    && !inherited(before, column.name())) {
                out.add(new DropColumn(original, column));
            }
        }
    }

    /** True when a parent of the table (in the target) has the column, so the table has it by inheritance. */
    private boolean inherited(Table table, String column) {
        for (QualifiedName parent : table.inherits()) {
            if (to.table(parent).flatMap(p -> p.column(column)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
