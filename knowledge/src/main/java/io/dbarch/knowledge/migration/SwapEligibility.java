package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.Optional;

/** Whether a column can change type by expand/contract (a new column and a swap), and if not, why. */
final class SwapEligibility {

    private final PgContext ctx;

    SwapEligibility(PgContext ctx) {
        this.ctx = ctx;
    }

    /** Empty when eligible, else the reason, e.g. {@code it is part of the primary key}. */
    String whyNot(Table after, Column before, Column column) {
        Optional<Table> source = ctx.before(after.name());
        if (after.isPartitioned() || after.isPartition() || !after.inherits().isEmpty() || hasChildren(after)) {
            return "the table is partitioned or inherited";
        }
        if (column.identity() != Identity.NONE || before.identity() != Identity.NONE || column.serial()
                || before.serial() || column.generatedExpression().isPresent()
                || before.generatedExpression().isPresent()) {
            return "the column is an identity, serial or generated column";
        }
        for (Table t : source.isPresent() ? java.util.List.of(after, source.get()) : java.util.List.of(after)) {
            if (t.primaryKey().filter(pk -> pk.columns().contains(column.name())).isPresent()) {
                return "it is part of the primary key";
            }
            if (t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(column.name()))
                    || t.exclusions().stream().anyMatch(x -> Identifiers.mentions(x.definition(), column.name()))) {
                return "it is part of a unique or exclusion constraint";
            }
            if (t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()))) {
                return "it is part of a foreign key";
            }
        }
        if (referenced(after.name(), column.name())) {
            return "a foreign key references it";
        }
        return "";
    }

    private boolean hasChildren(Table table) {
        QualifiedName key = ctx.key(table.name());
        return ctx.to().tables().stream().anyMatch(t -> t.inherits().stream().anyMatch(p -> ctx.key(p).equals(key))
                || t.partitionOf().filter(p -> ctx.key(p.parent()).equals(key)).isPresent());
    }

    private boolean referenced(QualifiedName table, String column) {
        QualifiedName key = ctx.key(table);
        boolean inTarget = ctx.to().tables().stream().flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> ctx.key(fk.referencedTable()).equals(key) && (fk.referencedColumns().contains(column)
                        || fk.referencedColumns().isEmpty()));
        boolean inSource = ctx.from().tables().stream().map(ctx.mapper()::map).flatMap(t -> t.foreignKeys().stream())
                .anyMatch(fk -> ctx.key(fk.referencedTable()).equals(key) && (fk.referencedColumns().contains(column)
                        || fk.referencedColumns().isEmpty()));
        return inTarget || inSource;
    }
}
