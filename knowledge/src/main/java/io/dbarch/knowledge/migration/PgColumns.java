package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AddColumn;
import io.dbarch.knowledge.migration.TableChanges.DropColumn;
import io.dbarch.knowledge.migration.TableChanges.RenameColumn;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adding, dropping and renaming columns. A new NOT NULL column gets its value for existing rows from a constant
 * default (catalog-only since PostgreSQL 11) or from a batched backfill when the value is volatile.
 */
final class PgColumns {

    private final PgContext ctx;

    PgColumns(PgContext ctx) {
        this.ctx = ctx;
    }

    void add(AddColumn change) {
        Table t = change.table();
        Column c = change.column();
        c.comment().ifPresent(text -> ctx.draft().add(Action.of(Stage.COMMENTS, "comments", "comment on column "
                + t.name() + "." + c.name(), List.of(ColumnSql.comment(t.name(), c.name(), c.comment())),
                List.of(ColumnSql.comment(t.name(), c.name(), Optional.empty())))));
        String table = Sql.name(t.name());
        String group = ctx.group(t.name());
        String what = t.name() + "." + c.name();
        List<String> undo = List.of("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + Sql.ident(c.name()));
        Optional<String> value = c.defaultExpression().or(() -> hint(t.name(), c.name()));
        boolean filled = c.generatedExpression().isPresent() || c.identity() != Identity.NONE;
        boolean isVolatile = value.map(Volatility::isVolatile).orElse(false);
        if (filled || (c.nullable() || value.isPresent()) && (!isVolatile || !ctx.safe())) {
            List<String> sql = new ArrayList<>();
            if (c.defaultExpression().isEmpty() && value.isPresent() && !filled) {
                sql.add("ALTER TABLE " + table + " ADD COLUMN " + ColumnSql.definition(c, c.name(), false)
                        + " DEFAULT " + value.get() + (c.nullable() ? "" : " NOT NULL"));
                sql.add("ALTER TABLE " + table + " ALTER COLUMN " + Sql.ident(c.name()) + " DROP DEFAULT");
            } else {
                sql.add("ALTER TABLE " + table + " ADD COLUMN " + ColumnSql.definition(c));
            }
            Stage stage = c.generatedExpression().isPresent() ? Stage.GENERATED_COLUMNS : Stage.COLUMNS;
            Action action = Action.of(stage, group, "add column " + what, sql, undo).order(ctx.order(t.name()));
            if (filled || isVolatile) {
                action = action.asLongRunning().hazards(List.of(Locks.rewrite(t.name(), "a column whose value is"
                        + " computed per row"), Locks.accessExclusive(t.name(), "during the rewrite")));
            } else {
                action = action.hazards(List.of(Locks.briefAccessExclusive(t.name())));
            }
            ctx.draft().add(action);
            return;
        }
        if (value.isEmpty()) {
            decideBackfill(t, c);
            ctx.draft().add(Action.of(Stage.COLUMNS, group, "add column " + what, List.of("ALTER TABLE " + table
                    + " ADD COLUMN " + ColumnSql.definition(c)), undo).order(ctx.order(t.name()))
                    .hazard(HazardKind.BREAKS_RUNNING_APP, "fails unless " + t.name() + " is empty: a NOT NULL"
                            + " column without a default has no value for existing rows"));
            return;
        }
        Column nullable = new Column(c.name(), c.type(), true, Optional.empty(), c.identity(), c.serial(),
                c.autoIncrement(), c.generatedExpression(), c.collation(), c.comment(), c.location());
        List<String> sql = new ArrayList<>(List.of("ALTER TABLE " + table + " ADD COLUMN "
                + ColumnSql.definition(nullable)));
        c.defaultExpression().ifPresent(d -> sql.add("ALTER TABLE " + table + " ALTER COLUMN "
                + Sql.ident(c.name()) + " SET DEFAULT " + d));
        ctx.draft().add(Action.of(Stage.COLUMNS, group, "add column " + what + " (nullable until backfilled)", sql,
                undo).order(ctx.order(t.name())).hazards(List.of(Locks.briefAccessExclusive(t.name()))));
        ctx.draft().add(Backfills.action(ctx, t, Sql.ident(c.name()) + " = " + value.get(),
                Sql.ident(c.name()) + " IS NULL", what));
        if (!c.nullable()) {
            NotNulls.add(ctx, t.name(), c.name());
        }
    }

    private void decideBackfill(Table t, Column c) {
        String option = "--backfill " + t.name().name() + "." + c.name() + "=";
        String example = allowedValue(t, c).map(v -> " e.g. " + option + v + " (a value the column's "
                + (CheckLiterals.of(t, c, 1).isEmpty() ? "type" : "check") + " allows)").orElse("");
        ctx.draft().decisions.add(new Decision(Decision.Kind.BACKFILL_VALUE, t.name() + "." + c.name(),
                "the new column is NOT NULL without a default, so existing rows need a value.",
                "Give one with " + option + "<SQL expression>" + example + ", or add a default to the column.",
                Optional.of(t.name().name() + "." + c.name())));
    }

    /** A value the target's checks or enum labels allow for the column, so that a suggested backfill can pass them. */
    private Optional<String> allowedValue(Table t, Column c) {
        List<String> literals = CheckLiterals.of(t, c, 1);
        if (!literals.isEmpty()) {
            return Optional.of(literals.get(0));
        }
        return ctx.to().enumType(c.type().name()).flatMap(e -> e.labels().stream().findFirst()).map(Sql::literal);
    }

    Optional<String> hint(QualifiedName table, String column) {
        QualifiedName q = ctx.key(table);
        for (String key : List.of(q.schema() + "." + q.name() + "." + column, q.name() + "." + column)) {
            for (var e : ctx.options().backfills().entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    void drop(DropColumn change) {
        QualifiedName table = ctx.mapper().table(change.table().name());
        Column c = change.column();
        String what = table + "." + c.name();
        ctx.draft().add(Action.of(Stage.DROP_COLUMNS, ctx.group(table), "drop column " + what,
                List.of("ALTER TABLE " + Sql.name(table) + " DROP COLUMN IF EXISTS " + Sql.ident(c.name())), List.of())
                .order(ctx.order(table)).touches(List.of(Action.touchKey(table, c.name())))
                .hazards(List.of(Locks.briefAccessExclusive(table)))
                .hazard(HazardKind.LOSES_DATA, "the values of " + what + " are deleted")
                .hazard(HazardKind.IRREVERSIBLE, "restoring " + what + " needs a backup")
                .hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that still reads or writes " + what
                        + " fails (also SELECT * with positional reads)")
                .deployBefore("Deploy the application version that no longer uses the tables and columns dropped"
                        + " from here on."));
    }

    void rename(RenameColumn change) {
        QualifiedName t = change.table().name();
        String from = Sql.ident(change.from());
        String to = Sql.ident(change.column().name());
        Action action = Action.of(Stage.COLUMNS, ctx.group(t), change.describe(), List.of("ALTER TABLE "
                + Sql.name(t) + " RENAME COLUMN " + from + " TO " + to), List.of("ALTER TABLE " + Sql.name(t)
                + " RENAME COLUMN " + to + " TO " + from)).order(ctx.order(t))
                .hazards(List.of(Locks.briefAccessExclusive(t)))
                .hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that uses " + change.from()
                        + " fails from here on: ship code that reads and writes both names (or goes through a"
                        + " view) first, or deploy at the same moment");
        ctx.draft().add(action);
    }
}
