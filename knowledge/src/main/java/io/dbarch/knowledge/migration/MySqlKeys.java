package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.AddConstraint;
import io.dbarch.knowledge.migration.KeyChanges.CreateIndex;
import io.dbarch.knowledge.migration.KeyChanges.DropConstraint;
import io.dbarch.knowledge.migration.KeyChanges.DropIndex;
import io.dbarch.knowledge.migration.KeyChanges.RenameIndex;
import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;

/** MySQL keys and indexes: INPLACE with LOCK=NONE where InnoDB can, online tools where it copies. */
final class MySqlKeys {

    private final MySqlContext ctx;

    MySqlKeys(MySqlContext ctx) {
        this.ctx = ctx;
    }

    boolean handle(Change change) {
        if (change instanceof CreateIndex x) {
            MySqlGenerator.alter(ctx, x.index().unique() ? Stage.UNIQUE_INDEXES : Stage.INDEXES, x.table(),
                    x.describe(), "ADD " + (x.index().unique() ? "UNIQUE " : "") + "INDEX "
                            + MySqlDdl.ident(Indexes.name(x.index())) + " (" + MySqlDdl.columns(x.index().leadingColumns())
                            + ")", "INPLACE", null);
        } else if (change instanceof DropIndex x) {
            MySqlGenerator.alter(ctx, Stage.DROP_INDEXES, x.table(), x.describe(), "DROP INDEX " + MySqlDdl.ident(x.name()),
                    "INPLACE", null);
        } else if (change instanceof RenameIndex x) {
            Table t = ctx.to().table(x.table()).orElseThrow();
            MySqlGenerator.alter(ctx, Stage.INDEXES, t, x.describe(), "RENAME INDEX " + MySqlDdl.ident(x.from())
                    + " TO " + MySqlDdl.ident(x.to()), "INPLACE", null);
        } else if (change instanceof AddConstraint x) {
            add(x.table(), x.constraint());
        } else if (change instanceof DropConstraint x) {
            drop(x.table(), x.constraint(), x.name());
        } else {
            return false;
        }
        return true;
    }

    private void add(Table t, TableConstraint c) {
        String what = "add " + Constraints.describe(c) + " on " + t.name();
        if (c instanceof PrimaryKey pk) {
            MySqlGenerator.alter(ctx, Stage.KEYS, t, what, "ADD PRIMARY KEY (" + MySqlDdl.columns(pk.columns()) + ")",
                    "INPLACE", null);
        } else if (c instanceof UniqueConstraint u) {
            MySqlGenerator.alter(ctx, Stage.KEYS, t, what, "ADD UNIQUE INDEX " + MySqlDdl.ident(Constraints.name(t, u))
                    + " (" + MySqlDdl.columns(u.columns()) + ")", "INPLACE", null);
        } else if (c instanceof ForeignKey fk) {
            Action action = MySqlGenerator.statement(ctx, Stage.FOREIGN_KEYS, t, what, "ADD " + foreignKey(t, fk),
                    "INPLACE", null);
            if (ctx.safe()) {
                action = new Action(action.stage(), 0, action.group(), action.description() + " (existing rows are"
                        + " not checked: run the validation query in the checklist)", List.of(
                        "SET SESSION foreign_key_checks = 0", action.statements().get(0),
                        "SET SESSION foreign_key_checks = 1"), action.undo(), true, false, action.hazards(),
                        action.deployBefore(), List.of());
            }
            ctx.draft().add(action);
        } else if (c instanceof CheckConstraint ck) {
            MySqlGenerator.alter(ctx, Stage.CHECKS, t, what, "ADD CONSTRAINT " + MySqlDdl.ident(Constraints.name(t, ck))
                    + " CHECK (" + ck.expression() + ")", "COPY", null);
        } else {
            ctx.draft().refuse(what, "MySQL has no exclusion constraints");
        }
    }

    private void drop(Table t, TableConstraint c, String name) {
        String what = "drop constraint " + name + " on " + t.name();
        String clause = c instanceof PrimaryKey ? "DROP PRIMARY KEY" : c instanceof ForeignKey
                ? "DROP FOREIGN KEY " + MySqlDdl.ident(name) : c instanceof UniqueConstraint
                ? "DROP INDEX " + MySqlDdl.ident(name) : "DROP CHECK " + MySqlDdl.ident(name);
        MySqlGenerator.alter(ctx, Stage.RELAX, t, what, clause, c instanceof PrimaryKey ? "COPY" : "INPLACE", null);
    }

    static String foreignKey(Table t, ForeignKey fk) {
        return "CONSTRAINT " + MySqlDdl.ident(Constraints.name(t, fk)) + " FOREIGN KEY (" + MySqlDdl.columns(fk.columns())
                + ") REFERENCES " + MySqlDdl.name(fk.referencedTable()) + " (" + MySqlDdl.columns(fk.referencedColumns())
                + ")" + (fk.onDelete() == io.dbarch.knowledge.schema.ReferentialAction.NO_ACTION ? ""
                : " ON DELETE " + fk.onDelete().sql())
                + (fk.onUpdate() == io.dbarch.knowledge.schema.ReferentialAction.NO_ACTION ? ""
                : " ON UPDATE " + fk.onUpdate().sql());
    }
}
