package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Applies the actions of one ALTER TABLE to the table being built. */
final class AlterTableApplier {

    private final ModelBuilder model;

    AlterTableApplier(ModelBuilder model) {
        this.model = model;
    }

    void apply(TableBuilder t, AlterAction action) {
        String table = t.name.name();
        if (action instanceof AlterAction.AddColumn a) {
            if (t.column(a.column().name()).isEmpty()) {
                t.columns.add(a.column());
            }
            a.constraints().forEach(c -> t.add(model.resolve(c)));
        } else if (action instanceof AlterAction.DropColumn d) {
            dropColumn(t, d.column());
        } else if (action instanceof AlterAction.AlterColumnType c) {
            t.replaceColumn(c.column(), col -> Columns.withType(col, c.type()));
        } else if (action instanceof AlterAction.SetDefault d) {
            t.replaceColumn(d.column(), col -> Columns.withDefault(col, Optional.of(d.expression()), col.serial()));
        } else if (action instanceof AlterAction.DropDefault d) {
            t.replaceColumn(d.column(), col -> Columns.withDefault(col, Optional.empty(), false));
        } else if (action instanceof AlterAction.SetNotNull n) {
            t.replaceColumn(n.column(), col -> Columns.withNullable(col, false));
        } else if (action instanceof AlterAction.DropNotNull n) {
            t.replaceColumn(n.column(), col -> Columns.withNullable(col, true));
        } else if (action instanceof AlterAction.SetIdentity i) {
            t.replaceColumn(i.column(), col -> Columns.withIdentity(col, i.identity()));
        } else if (action instanceof AlterAction.AddConstraint a) {
            t.add(model.resolve(a.constraint()));
        } else if (action instanceof AlterAction.AddConstraintUsingIndex u) {
            usingIndex(t, u);
        } else if (action instanceof AlterAction.DropConstraint d) {
            dropConstraint(t, table, d.name());
        } else if (action instanceof AlterAction.ValidateConstraint v) {
            validate(t, table, v.name());
        } else if (action instanceof AlterAction.RenameColumn r) {
            TableRenames.renameColumn(t, r.from(), r.to());
        } else if (action instanceof AlterAction.RenameConstraint r) {
            TableRenames.renameConstraint(t, r.from(), r.to());
        } else if (action instanceof AlterAction.RenameTable r) {
            model.renameTable(t, QualifiedName.of(t.name.schema(), r.to()));
        } else if (action instanceof AlterAction.SetSchema s) {
            model.renameTable(t, QualifiedName.of(s.schema(), t.name.name()));
        } else if (action instanceof AlterAction.AttachPartition a) {
            model.table(a.partition()).ifPresent(p -> p.partitionOf = Optional.of(new PartitionOf(t.name, a.bound())));
        } else if (action instanceof AlterAction.DetachPartition d) {
            model.table(d.partition()).ifPresent(p -> p.partitionOf = Optional.empty());
        } else if (action instanceof AlterAction.AddIndex a) {
            t.indexes.add(a.index().withTable(t.name));
        } else if (action instanceof AlterAction.DropIndex d) {
            t.indexes.removeIf(i -> i.name().filter(d.name()::equals).isPresent());
            t.uniques.removeIf(u -> u.name().filter(d.name()::equals).isPresent());
        } else if (action instanceof AlterAction.ChangeColumn c) {
            int k = t.columnIndex(c.from());
            if (k >= 0) {
                if (!c.from().equals(c.column().name())) {
                    TableRenames.renameColumn(t, c.from(), c.column().name());
                }
                t.columns.set(t.columnIndex(c.column().name()), c.column());
            }
        }
    }

    private void dropColumn(TableBuilder t, String column) {
        t.columns.removeIf(c -> c.name().equals(column));
        t.primaryKey = t.primaryKey.filter(pk -> !pk.columns().contains(column));
        t.uniques.removeIf(u -> u.columns().contains(column));
        t.foreignKeys.removeIf(fk -> fk.columns().contains(column));
        t.checks.removeIf(c -> c.column().filter(column::equals).isPresent());
        t.indexes.removeIf(i -> i.keys().stream().anyMatch(k -> !k.expression() && k.text().equals(column))
                || i.include().contains(column));
    }

    private void usingIndex(TableBuilder t, AlterAction.AddConstraintUsingIndex u) {
        Optional<Index> index = t.indexes.stream().filter(i -> i.name().filter(u.index()::equals).isPresent())
                .findFirst();
        index.ifPresent(i -> {
            t.indexes.remove(i);
            List<String> columns = i.leadingColumns();
            if (u.primaryKey()) {
                t.primaryKey = Optional.of(new PrimaryKey(Optional.of(u.name()), columns, false, i.location()));
                columns.forEach(c -> t.replaceColumn(c, col -> Columns.withNullable(col, false)));
            } else {
                t.uniques.add(new UniqueConstraint(Optional.of(u.name()), columns, false, false, i.location()));
            }
        });
    }

    private void dropConstraint(TableBuilder t, String table, String name) {
        if (t.primaryKey.isPresent() && (name.equals("PRIMARY")
                || ConstraintNames.matches(t.primaryKey.get(), table, name))) {
            t.primaryKey = Optional.empty();
            return;
        }
        if (!ConstraintNames.removeNamed(t.uniques, table, name)
                && !ConstraintNames.removeNamed(t.foreignKeys, table, name)
                && !ConstraintNames.removeNamed(t.checks, table, name)) {
            ConstraintNames.removeNamed(t.exclusions, table, name);
        }
    }

    private void validate(TableBuilder t, String table, String name) {
        t.foreignKeys.replaceAll(fk -> ConstraintNames.matches(fk, table, name) && fk.notValid()
                ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(), false, fk.location()) : fk);
        t.checks.replaceAll(c -> ConstraintNames.matches(c, table, name) && c.notValid()
                ? new CheckConstraint(c.name(), c.expression(), c.column(), false, c.location()) : c);
    }
}
