package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;

/** Changes to constraints and indexes. */
final class KeyChanges {

    private KeyChanges() {
    }

    record AddConstraint(Table table, TableConstraint constraint) implements Change {
        @Override
        public String describe() {
            return "add " + Constraints.describe(constraint) + " on " + table.name();
        }
    }

    record DropConstraint(Table table, TableConstraint constraint, String name) implements Change {
        @Override
        public String describe() {
            return "drop constraint " + name + " on " + table.name();
        }
    }

    record RenameConstraint(Table table, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename constraint " + from + " on " + table.name() + " to " + to;
        }
    }

    record ValidateConstraint(Table table, String name) implements Change {
        @Override
        public String describe() {
            return "validate constraint " + name + " on " + table.name();
        }
    }

    record CreateIndex(Table table, Index index) implements Change {
        @Override
        public String describe() {
            return "create index " + Indexes.describe(index);
        }
    }

    record DropIndex(Table table, Index index, String name) implements Change {
        @Override
        public String describe() {
            return "drop index " + name + " on " + table.name();
        }
    }

    record RenameIndex(QualifiedName table, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename index " + from + " on " + table + " to " + to;
        }
    }
}
