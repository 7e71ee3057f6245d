package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.AddConstraint;
import io.dbarch.knowledge.migration.KeyChanges.DropConstraint;
import io.dbarch.knowledge.migration.KeyChanges.RenameConstraint;
import io.dbarch.knowledge.migration.KeyChanges.ValidateConstraint;
import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;

/**
 * Constraints on existing tables. Safe mode: unique and primary keys from a concurrently built unique index
 * ({@code ADD CONSTRAINT … USING INDEX}), checks and foreign keys added NOT VALID and validated in a later
 * transaction.
 */
final class PgKeys {

    private final PgContext ctx;

    PgKeys(PgContext ctx) {
        this.ctx = ctx;
    }

    static String add(Table t, TableConstraint c, boolean notValid) {
        return "ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.ident(Constraints.name(t, c)) + " "
                + Constraints.definition(c) + (notValid ? " NOT VALID" : "");
    }

    private static String drop(QualifiedName table, String name) {
        return "ALTER TABLE " + Sql.name(table) + " DROP CONSTRAINT IF EXISTS " + Sql.ident(name);
    }

    void add(AddConstraint change) {
        Table t = change.table();
        TableConstraint c = change.constraint();
        String name = Constraints.name(t, c);
        String group = ctx.group(t.name());
        List<String> undo = List.of(drop(t.name(), name));
        String what = Constraints.describe(c) + " on " + t.name();
        Hazard breaks = new Hazard(HazardKind.BREAKS_RUNNING_APP, "writes that violate " + name
                + " fail from here on; the running application must already write valid rows");
        boolean partitioned = t.isPartitioned();
        if (c instanceof PrimaryKey || c instanceof UniqueConstraint) {
            if (ctx.safe() && !partitioned) {
                String index = "CREATE UNIQUE INDEX CONCURRENTLY " + Sql.ident(name) + " ON " + Sql.name(t.name())
                        + " (" + Sql.columns(Constraints.columns(t, c)) + ")"
                        + (c instanceof UniqueConstraint u && u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "");
                ctx.draft().add(Action.of(Stage.UNIQUE_INDEXES, "index builds", "build the unique index for "
                        + what, List.of(dropIndex(t.name(), name, true), index), List.of(dropIndex(t.name(), name,
                        true))).nonTransactional().asLongRunning().order(ctx.order(t.name()))
                        .hazard(HazardKind.BUILDS_INDEX, "builds a unique index on " + t.name()
                                + " without blocking writes (CONCURRENTLY); it fails if duplicates exist")
                        .hazards(List.of(Locks.shareUpdateExclusive(t.name(), "while the index is built"))));
                String kind = c instanceof PrimaryKey ? " PRIMARY KEY" : " UNIQUE";
                boolean deferrable = c instanceof PrimaryKey pk ? pk.deferrable() : ((UniqueConstraint) c).deferrable();
                ctx.draft().add(Action.of(Stage.KEYS, group, "add " + what + " using the index", List.of(
                        "ALTER TABLE " + Sql.name(t.name()) + " ADD CONSTRAINT " + Sql.ident(name) + kind
                                + " USING INDEX " + Sql.ident(name) + (deferrable ? " DEFERRABLE" : "")), undo)
                        .order(ctx.order(t.name())).hazards(List.of(Locks.briefAccessExclusive(t.name()), breaks)));
                return;
            }
            ctx.draft().add(Action.of(Stage.KEYS, group, "add " + what, List.of(add(t, c, false)), undo)
                    .asLongRunning().order(ctx.order(t.name()))
                    .hazards(List.of(Locks.accessExclusive(t.name(), "while the unique index is built"),
                            new Hazard(HazardKind.BUILDS_INDEX, "builds a unique index on " + t.name()), breaks)));
            return;
        }
        if (c instanceof CheckConstraint ck && PgColumnSwap.swapped(ctx, t).stream()
                .anyMatch(col -> Identifiers.mentions(ck.expression(), col))) {
            return;
        }
        boolean fk = c instanceof ForeignKey;
        Stage addStage = fk ? Stage.FOREIGN_KEYS : c instanceof CheckConstraint ? Stage.CHECKS : Stage.KEYS;
        if (ctx.safe() && !(c instanceof ExclusionConstraint)) {
            List<Hazard> locks = fk ? List.of(Locks.shareRowExclusive(t.name()),
                    Locks.shareRowExclusive(((ForeignKey) c).referencedTable()))
                    : List.of(Locks.briefAccessExclusive(t.name()));
            ctx.draft().add(Action.of(addStage, group, "add " + what + " NOT VALID (checks new rows only)",
                    List.of(add(t, c, true)), undo).order(ctx.order(t.name())).hazards(locks).hazards(List.of(breaks)));
            if (!Constraints.notValid(c)) {
                validate(t, name, fk ? Stage.FOREIGN_KEY_VALIDATE : Stage.VALIDATE);
            }
            return;
        }
        Action action = Action.of(addStage, group, "add " + what, List.of(add(t, c, Constraints.notValid(c))), undo)
                .asLongRunning().order(ctx.order(t.name())).hazards(List.of(
                        fk ? Locks.shareRowExclusive(t.name()) : Locks.accessExclusive(t.name(), "while existing rows"
                                + " are checked"), Locks.scan(t.name(), "checking existing rows"), breaks));
        if (c instanceof ExclusionConstraint) {
            action = action.hazard(HazardKind.BUILDS_INDEX, "builds the exclusion constraint's index on " + t.name());
        }
        ctx.draft().add(action);
    }

    void validate(ValidateConstraint change) {
        validate(change.table(), change.name(), Stage.VALIDATE);
    }

    private void validate(Table t, String name, Stage stage) {
        ctx.draft().add(Action.of(stage, ctx.group(t.name()), "validate " + name + " on " + t.name(),
                List.of("ALTER TABLE " + Sql.name(t.name()) + " VALIDATE CONSTRAINT " + Sql.ident(name)), List.of(Action.NOTHING_TO_UNDO))
                .asLongRunning().order(ctx.order(t.name()))
                .hazards(List.of(Locks.scan(t.name(), "validating " + name),
                        Locks.shareUpdateExclusive(t.name(), "while rows are checked"))));
    }

    void drop(DropConstraint change) {
        Table t = change.table();
        QualifiedName table = ctx.mapper().table(t.name());
        boolean fk = change.constraint() instanceof ForeignKey;
        String description = "drop constraint " + change.name() + " on " + table;
        ctx.draft().add(Action.of(Stage.RELAX, ctx.group(table), description, List.of(drop(table, change.name())),
                List.of(undoAdd(table, change.name(), change.constraint()))).order(fk ? 0 : 1)
                .hazards(List.of(Locks.briefAccessExclusive(table))));
    }

    void rename(RenameConstraint change) {
        QualifiedName t = change.table().name();
        ctx.draft().add(Action.of(Stage.RELAX, ctx.group(t), change.describe(), List.of("ALTER TABLE "
                + Sql.name(t) + " RENAME CONSTRAINT " + Sql.ident(change.from()) + " TO " + Sql.ident(change.to())),
                List.of("ALTER TABLE " + Sql.name(t) + " RENAME CONSTRAINT " + Sql.ident(change.to()) + " TO "
                        + Sql.ident(change.from()))).order(2).hazards(List.of(Locks.briefAccessExclusive(t))));
    }

    private static String undoAdd(QualifiedName table, String name, TableConstraint c) {
        return "ALTER TABLE " + Sql.name(table) + " ADD CONSTRAINT " + Sql.ident(name) + " "
                + Constraints.definition(c);
    }

    static String dropIndex(QualifiedName table, String name, boolean concurrently) {
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF EXISTS "
                + Sql.sibling(table, name);
    }
}
