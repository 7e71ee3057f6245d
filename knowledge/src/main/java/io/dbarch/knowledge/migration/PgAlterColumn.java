package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to an existing column: type (see {@link PgTypeChange}), nullability, default, identity, generation
 * expression and comment.
 */
final class PgAlterColumn {

    private final PgContext ctx;

    PgAlterColumn(PgContext ctx) {
        this.ctx = ctx;
    }

    void alter(AlterColumn change) {
        Table t = change.table();
        Column before = change.before();
        Column after = change.after();
        ColumnDelta delta = ColumnDelta.of(before, after);
        if (delta.type() || delta.collation()) {
            if (new PgTypeChange(ctx).change(t, before, after)) {
                return;
            }
        }
        String table = Sql.name(t.name());
        String col = "ALTER TABLE " + table + " ALTER COLUMN " + Sql.ident(after.name());
        List<String> sql = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        if (delta.generated()) {
            generated(t, before, after);
        }
        if (delta.defaultValue() && !delta.type()) {
            sql.add(after.defaultExpression().map(d -> col + " SET DEFAULT " + d).orElse(col + " DROP DEFAULT"));
            undo.add(before.defaultExpression().map(d -> col + " SET DEFAULT " + d).orElse(col + " DROP DEFAULT"));
        }
        if (delta.nullability() && after.nullable()) {
            sql.add(col + " DROP NOT NULL");
            undo.add(col + " SET NOT NULL");
        }
        if (delta.identity()) {
            identity(t.name(), col, before, after, sql, undo);
        }
        if (!sql.isEmpty()) {
            ctx.draft().add(Action.of(Stage.COLUMNS, ctx.group(t.name()), "change column " + t.name() + "."
                    + after.name() + " (" + delta + ")", sql, undo).order(ctx.order(t.name()))
                    .hazards(List.of(Locks.briefAccessExclusive(t.name()))));
        }
        if (delta.nullability() && !after.nullable()) {
            NotNulls.add(ctx, t.name(), after.name());
        }
        if (delta.comment()) {
            ctx.draft().add(Action.of(Stage.COMMENTS, "comments", "comment on column " + t.name() + "."
                    + after.name(), List.of(ColumnSql.comment(t.name(), after.name(), after.comment())),
                    List.of(ColumnSql.comment(t.name(), after.name(), before.comment()))));
        }
    }

    private void identity(QualifiedName t, String col, Column before, Column after, List<String> sql,
                          List<String> undo) {
        String kind = after.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        if (before.identity() == Identity.NONE) {
            sql.add(col + " ADD GENERATED " + kind + " AS IDENTITY");
            sql.add("SELECT setval(pg_get_serial_sequence(" + Sql.literal(Sql.name(t)) + ", "
                    + Sql.literal(after.name()) + "), coalesce(max(" + Sql.ident(after.name()) + "), 0) + 1, false)"
                    + " FROM " + Sql.name(t));
            undo.add(col + " DROP IDENTITY IF EXISTS");
        } else if (after.identity() == Identity.NONE) {
            sql.add(col + " DROP IDENTITY IF EXISTS");
        } else {
            sql.add(col + " SET GENERATED " + kind);
            undo.add(col + " SET GENERATED " + (kind.equals("ALWAYS") ? "BY DEFAULT" : "ALWAYS"));
        }
    }

    private void generated(Table t, Column before, Column after) {
        String col = "ALTER TABLE " + Sql.name(t.name()) + " ALTER COLUMN " + Sql.ident(after.name());
        String group = ctx.group(t.name());
        String what = t.name() + "." + after.name();
        if (after.generatedExpression().isEmpty()) {
            ctx.draft().add(Action.of(Stage.COLUMNS, group, "stop generating " + what,
                    List.of(col + " DROP EXPRESSION"), List.of()).order(ctx.order(t.name()))
                    .hazards(List.of(Locks.briefAccessExclusive(t.name()))));
        } else if (before.generatedExpression().isPresent()) {
            ctx.draft().add(Action.of(Stage.GENERATED_COLUMNS, group, "change the expression of " + what,
                    List.of(col + " SET EXPRESSION AS (" + after.generatedExpression().get() + ")"),
                    List.of(col + " SET EXPRESSION AS (" + before.generatedExpression().get() + ")"))
                    .order(ctx.order(t.name())).asLongRunning()
                    .hazards(List.of(Locks.rewrite(t.name(), "recomputing a stored generated column"))));
        } else if (ctx.options().acceptDropAndAdd()) {
            String table = Sql.name(t.name());
            ctx.draft().add(Action.of(Stage.GENERATED_COLUMNS, group, "replace " + what + " by a generated column",
                    List.of("ALTER TABLE " + table + " DROP COLUMN " + Sql.ident(after.name()),
                            "ALTER TABLE " + table + " ADD COLUMN " + ColumnSql.definition(after)), List.of())
                    .order(ctx.order(t.name())).asLongRunning()
                    .touches(List.of(Action.touchKey(t.name(), after.name())))
                    .hazards(List.of(Locks.rewrite(t.name(), "adding a stored generated column")))
                    .hazard(HazardKind.LOSES_DATA, "the stored values of " + what
                            + " are replaced by computed ones (accepted drop + add)"));
        } else {
            ctx.draft().refuse(what, "an existing column cannot become generated; to"
                    + " replace it by the generated column (its stored values are lost), accept drop + add");
        }
    }
}
