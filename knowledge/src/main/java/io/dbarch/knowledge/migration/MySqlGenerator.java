package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AddColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.migration.TableChanges.CreateTable;
import io.dbarch.knowledge.migration.TableChanges.DropColumn;
import io.dbarch.knowledge.migration.TableChanges.DropTable;
import io.dbarch.knowledge.migration.TableChanges.RenameColumn;
import io.dbarch.knowledge.migration.TableChanges.RenameTable;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL (InnoDB, 8.0.29 or later) plans. Safe mode states the algorithm so MySQL refuses instead of silently
 * copying the table: INSTANT for added, dropped and renamed columns and defaults, INPLACE with LOCK=NONE for
 * indexes and most column changes; a change MySQL can only do by copying the table gets the gh-ost and
 * pt-online-schema-change commands to run it online.
 */
final class MySqlGenerator {

    private MySqlGenerator() {
    }

    static void generate(MySqlContext ctx) {
        MySqlKeys keys = new MySqlKeys(ctx);
        for (Change c : ctx.changes()) {
            if (c instanceof CreateTable x) {
                create(ctx, x.table());
            } else if (c instanceof DropTable x) {
                ctx.draft().add(Action.of(Stage.DROP_TABLES, "drop tables", x.describe(), List.of("DROP TABLE IF EXISTS "
                        + MySqlDdl.name(x.table().name())), List.of())
                        .hazard(HazardKind.LOSES_DATA, "every row of " + x.table().name() + " is deleted")
                        .deployBefore("Deploy the application version that no longer uses the dropped tables and"
                                + " columns."));
            } else if (c instanceof RenameTable x) {
                alter(ctx, Stage.TABLE_RENAMES, x.table(), x.describe(), "RENAME TO " + MySqlDdl.name(x.table().name()),
                        "INSTANT", MySqlDdl.name(x.from()));
            } else if (c instanceof AddColumn x) {
                alter(ctx, Stage.COLUMNS, x.table(), x.describe(), "ADD COLUMN " + MySqlDdl.definition(x.column()),
                        "INSTANT", null);
            } else if (c instanceof DropColumn x) {
                ctx.draft().add(statement(ctx, Stage.DROP_COLUMNS, x.table(), x.describe(), "DROP COLUMN "
                        + MySqlDdl.ident(x.column().name()), "INSTANT", null)
                        .hazard(HazardKind.LOSES_DATA, "the values of " + x.table().name() + "." + x.column().name()
                                + " are deleted")
                        .deployBefore("Deploy the application version that no longer uses the dropped tables and"
                                + " columns."));
            } else if (c instanceof RenameColumn x) {
                alter(ctx, Stage.COLUMNS, x.table(), x.describe(), "RENAME COLUMN " + MySqlDdl.ident(x.from()) + " TO "
                        + MySqlDdl.ident(x.column().name()), "INSTANT", null);
            } else if (c instanceof AlterColumn x) {
                alterColumn(ctx, x.table(), x.before(), x.after());
            } else if (c instanceof ViewChanges.CreateView x) {
                view(ctx, x.view());
            } else if (c instanceof ViewChanges.ReplaceView x) {
                view(ctx, x.after());
            } else if (c instanceof ViewChanges.DropView x) {
                ctx.draft().add(Action.of(Stage.VIEW_DROP_CONTRACT, "views", x.describe(), List.of("DROP VIEW IF EXISTS "
                        + MySqlDdl.name(x.view().name())), List.of()));
            } else if (!keys.handle(c)) {
                ctx.draft().refuse(c.describe(), "not planned for MySQL; write this change by hand");
            }
        }
    }

    private static void view(MySqlContext ctx, io.dbarch.knowledge.schema.View v) {
        ctx.draft().add(Action.of(Stage.VIEW_CREATE, "views", "create or replace view " + v.name(), List.of(
                "CREATE OR REPLACE VIEW " + MySqlDdl.name(v.name()) + " AS " + v.definition()), List.of()));
    }

    private static void create(MySqlContext ctx, Table t) {
        List<String> lines = new ArrayList<>();
        t.columns().forEach(c -> lines.add(MySqlDdl.definition(c)));
        t.primaryKey().ifPresent(pk -> lines.add("PRIMARY KEY (" + MySqlDdl.columns(pk.columns()) + ")"));
        t.uniqueConstraints().forEach(u -> lines.add("UNIQUE KEY " + MySqlDdl.ident(Constraints.name(t, u)) + " ("
                + MySqlDdl.columns(u.columns()) + ")"));
        t.indexes().forEach(i -> lines.add((i.unique() ? "UNIQUE KEY " : "KEY ") + MySqlDdl.ident(Indexes.name(i)) + " ("
                + MySqlDdl.columns(i.leadingColumns()) + ")"));
        t.foreignKeys().forEach(fk -> lines.add(MySqlKeys.foreignKey(t, fk)));
        t.checks().forEach(ck -> lines.add("CONSTRAINT " + MySqlDdl.ident(Constraints.name(t, ck)) + " CHECK ("
                + ck.expression() + ")"));
        ctx.draft().add(Action.of(Stage.TABLES, "new objects", "create table " + t.name(), List.of("CREATE TABLE "
                + MySqlDdl.name(t.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)"),
                List.of("DROP TABLE IF EXISTS " + MySqlDdl.name(t.name()))));
    }

    private static void alterColumn(MySqlContext ctx, Table t, Column before, Column after) {
        ColumnDelta delta = ColumnDelta.of(before, after);
        if (!delta.type() && !delta.nullability() && !delta.collation() && !delta.generated() && delta.defaultValue()) {
            alter(ctx, Stage.COLUMNS, t, "change the default of " + t.name() + "." + after.name(), "ALTER COLUMN "
                    + MySqlDdl.ident(after.name()) + after.defaultExpression().map(d -> " SET DEFAULT " + d)
                    .orElse(" DROP DEFAULT"), "INSTANT", null);
            return;
        }
        boolean appendedEnum = delta.type() && before.type().lowerName().startsWith("enum")
                && after.type().normalized().startsWith(before.type().normalized().replaceAll("\\)$", ""));
        boolean lengthened = delta.type() && Types.binaryCoercible(before.type(), after.type());
        String algorithm = appendedEnum ? "INSTANT" : delta.type() && !lengthened ? "COPY" : "INPLACE";
        alter(ctx, Stage.COLUMNS, t, "change column " + t.name() + "." + after.name() + " (" + delta + ")",
                "MODIFY COLUMN " + MySqlDdl.definition(after), algorithm, null);
    }

    static void alter(MySqlContext ctx, Stage stage, Table t, String what, String clause, String algorithm,
                      String renamedFrom) {
        ctx.draft().add(statement(ctx, stage, t, what, clause, algorithm, renamedFrom));
    }

    static Action statement(MySqlContext ctx, Stage stage, Table t, String what, String clause, String algorithm,
                            String renamedFrom) {
        String table = renamedFrom != null ? renamedFrom : MySqlDdl.name(t.name());
        boolean copy = algorithm.equals("COPY");
        String options = !ctx.safe() ? "" : copy ? ", ALGORITHM=COPY, LOCK=SHARED"
                : algorithm.equals("INSTANT") ? ", ALGORITHM=INSTANT" : ", ALGORITHM=INPLACE, LOCK=NONE";
        Action action = Action.of(stage, ctx.safe() ? "table " + t.name() : "all", what,
                List.of("ALTER TABLE " + table + " " + clause + options), List.of()).order(0);
        if (copy) {
            action = action.asLongRunning()
                    .hazard(HazardKind.REWRITES_TABLE, "MySQL copies the whole table for this change")
                    .hazard(HazardKind.TAKES_LOCK, "LOCK=SHARED blocks writes to " + t.name() + " for the copy; run it"
                            + " online instead: " + MySqlDdl.onlineTools(t, clause));
        } else if (algorithm.equals("INPLACE")) {
            action = action.hazard(HazardKind.TAKES_LOCK, "a metadata lock on " + t.name() + " at the start and the"
                    + " end (lock_wait_timeout bounds the wait); writes go on while InnoDB rebuilds in place");
        } else {
            action = action.hazard(HazardKind.TAKES_LOCK, "a brief metadata lock on " + t.name()
                    + " (catalog-only change)");
        }
        return action;
    }

    static List<String> timeouts(PlanOptions options) {
        long seconds = Math.max(1, options.lockTimeout().toSeconds());
        long statement = Math.max(1, options.statementTimeout().toMillis());
        long longStatement = Math.max(1, options.longStatementTimeout().toMillis());
        return List.of("SET SESSION lock_wait_timeout = " + seconds + ", innodb_lock_wait_timeout = " + seconds,
                "SET SESSION max_execution_time = " + statement, "SET SESSION max_execution_time = " + longStatement);
    }
}
