package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;

/** Changes to tables and their columns. */
final class TableChanges {

    private TableChanges() {
    }

    record CreateTable(Table table) implements Change {
        @Override
        public String describe() {
            return "create table " + table.name();
        }
    }

    record DropTable(Table table) implements Change {
        @Override
        public String describe() {
            return "drop table " + table.name();
        }
    }

    record RenameTable(QualifiedName from, Table table) implements Change {
        @Override
        public String describe() {
            return "rename table " + from + " to " + table.name();
        }
    }

    /** Options, persistence, comment, inheritance or partition bound of a table in both schemas. */
    record AlterTable(Table before, Table after) implements Change {
        @Override
        public String describe() {
            return "change table " + after.name() + " " + TableProps.differences(before, after);
        }
    }

    record AddColumn(Table table, Column column) implements Change {
        @Override
        public String describe() {
            return "add column " + table.name() + "." + column.name() + " " + column.type();
        }
    }

    record DropColumn(Table table, Column column) implements Change {
        @Override
        public String describe() {
            return "drop column " + table.name() + "." + column.name();
        }
    }

    record RenameColumn(Table table, String from, Column column) implements Change {
        @Override
        public String describe() {
            return "rename column " + table.name() + "." + from + " to " + column.name();
        }
    }

    /** {@code before} is the source column (with its old name if renamed), {@code after} the target's. */
    record AlterColumn(Table table, Column before, Column after) implements Change {
        @Override
        public String describe() {
            return "change column " + table.name() + "." + after.name() + " " + ColumnDelta.of(before, after);
        }
    }
}
