package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Column type changes. A catalog-only change (longer varchar, varchar to text, …) is a plain ALTER TYPE. Otherwise
 * safe mode goes expand/contract when the column is not part of a key: a new column kept in sync by a trigger,
 * a batched backfill, then the swap (drop the old column, rename the new one) after the application deploy.
 * Key columns and simple mode change the type in place, which rewrites the table under an exclusive lock.
 */
final class PgTypeChange {

    private final PgContext ctx;

    PgTypeChange(PgContext ctx) {
        this.ctx = ctx;
    }

    /** True when the change will go expand/contract (safe mode, a real conversion, an eligible column). */
    boolean swaps(Table t, Column before, Column after) {
        return ctx.safe() && !coercible(before, after) && new SwapEligibility(ctx).whyNot(t, before, after).isEmpty();
    }

    private static boolean coercible(Column before, Column after) {
        return Types.binaryCoercible(before.type(), after.type()) && before.collation().equals(after.collation());
    }

    /** True when the whole column change was planned (expand/contract); false when only its type was. */
    boolean change(Table t, Column before, Column after) {
        boolean coercible = coercible(before, after);
        if (ctx.safe() && !coercible) {
            String why = new SwapEligibility(ctx).whyNot(t, before, after);
            if (why.isEmpty()) {
                new PgColumnSwap(ctx).plan(t, before, after);
                return true;
            }
            ctx.draft().note("The type change of " + t.name() + "." + after.name() + " rewrites the table under an"
                    + " exclusive lock: " + why + ", so it is not done expand/contract.");
        }
        inPlace(t, before, after, coercible);
        return false;
    }

    private void inPlace(Table t, Column before, Column after, boolean coercible) {
        String col = "ALTER TABLE " + Sql.name(t.name()) + " ALTER COLUMN " + Sql.ident(after.name());
        List<String> sql = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        if (before.defaultExpression().isPresent()) {
            sql.add(col + " DROP DEFAULT");
        }
        sql.add(col + " TYPE " + typeClause(after) + (coercible ? "" : " USING "
                + convert(Sql.ident(before.name()), after.type())));
        after.defaultExpression().ifPresent(d -> sql.add(col + " SET DEFAULT " + d));
        if (after.defaultExpression().isPresent()) {
            undo.add(col + " DROP DEFAULT");
        }
        undo.add(col + " TYPE " + typeClause(before) + (coercible ? "" : " USING "
                + convert(Sql.ident(after.name()), before.type())));
        before.defaultExpression().ifPresent(d -> undo.add(col + " SET DEFAULT " + d));
        String what = t.name() + "." + after.name() + " to " + after.type();
        Action action = Action.of(Stage.COLUMNS, ctx.group(t.name()), "change the type of " + what, sql, undo)
                .order(ctx.order(t.name())).touches(List.of(Action.touchKey(t.name(), after.name())));
        if (coercible) {
            action = action.hazards(List.of(Locks.briefAccessExclusive(t.name())));
        } else {
            action = action.asLongRunning().hazards(List.of(
                    Locks.rewrite(t.name(), "changing " + before.type() + " to " + after.type()),
                    Locks.accessExclusive(t.name(), "for the whole rewrite"),
                    new Hazard(HazardKind.BREAKS_RUNNING_APP, "fails if a value does not convert, and the running"
                            + " application must accept " + after.type() + " from here on")));
        }
        ctx.draft().add(action);
    }

    static String typeClause(Column column) {
        return Types.sql(column.type()) + column.collation().map(c -> " COLLATE " + ColumnSql.collation(c))
                .orElse("");
    }

    /** {@code value::type}, through text for enum and other user types. */
    static String convert(String value, DataType type) {
        boolean builtin = type.name().matches("[a-z ]+") && !type.name().contains(".") && isBuiltin(type);
        String base = builtin ? value : value + "::text" + (type.isArray() ? "[]" : "");
        return base + "::" + type.normalized();
    }

    private static boolean isBuiltin(DataType type) {
        return List.of("smallint", "integer", "bigint", "numeric", "real", "double precision", "text",
                "character varying", "character", "boolean", "date", "timestamp without time zone",
                "timestamp with time zone", "time without time zone", "time with time zone", "interval", "uuid",
                "json", "jsonb", "bytea", "inet", "cidr", "macaddr", "money", "bit", "bit varying", "xml",
                "tsvector", "oid", "name", "citext").contains(type.lowerName());
    }
}
