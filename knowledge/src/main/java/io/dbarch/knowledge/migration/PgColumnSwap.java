package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expand/contract for a column type change: expand adds the new column and a trigger that keeps it in sync with
 * every write; backfill copies the existing rows in batches; contract (after the deploy point) builds the
 * column's indexes on the new column, then in one short transaction drops the old column, renames the new one and
 * restores NOT NULL, index names, checks and comment.
 */
final class PgColumnSwap {

    private final PgContext ctx;

    PgColumnSwap(PgContext ctx) {
        this.ctx = ctx;
    }

    void plan(Table t, Column before, Column after) {
        String table = Sql.name(t.name());
        String old = Sql.ident(before.name());
        String fresh = Sql.fit(after.name(), "_dbarch_new");
        String freshSql = Sql.ident(fresh);
        String sync = Sql.fit("dbarch_sync_" + t.name().name() + "_" + after.name(), "");
        String function = Sql.sibling(t.name(), sync) + "()";
        String conversion = PgTypeChange.convert("NEW." + old, after.type());
        String what = t.name() + "." + after.name();
        String group = ctx.group(t.name());
        int order = ctx.order(t.name());
        Column added = new Column(fresh, after.type(), true, after.defaultExpression()
                .filter(d -> !Volatility.isVolatile(d)), after.identity(), false, false, Optional.empty(),
                after.collation(), Optional.empty(), after.location());
        List<String> expand = new ArrayList<>(List.of("ALTER TABLE " + table + " ADD COLUMN "
                + ColumnSql.definition(added)));
        after.defaultExpression().filter(Volatility::isVolatile).ifPresent(d -> expand.add("ALTER TABLE " + table
                + " ALTER COLUMN " + freshSql + " SET DEFAULT " + d));
        expand.add("CREATE FUNCTION " + function + " RETURNS trigger LANGUAGE plpgsql AS $dbarch$\nBEGIN\n    NEW."
                + freshSql + " := " + conversion + ";\n    RETURN NEW;\nEND\n$dbarch$");
        expand.add("CREATE TRIGGER " + Sql.ident(sync) + " BEFORE INSERT OR UPDATE ON " + table
                + " FOR EACH ROW EXECUTE FUNCTION " + function);
        ctx.draft().add(Action.of(Stage.COLUMNS, group, "add " + fresh + " as " + after.type() + " beside "
                + what + ", kept in sync by a trigger", expand, List.of("DROP TRIGGER IF EXISTS " + Sql.ident(sync)
                + " ON " + table, "DROP FUNCTION IF EXISTS " + function, "ALTER TABLE " + table
                + " DROP COLUMN IF EXISTS " + freshSql)).order(order)
                .hazards(List.of(Locks.briefAccessExclusive(t.name()), Locks.shareRowExclusive(t.name()))));
        String copy = PgTypeChange.convert(old, after.type());
        ctx.draft().add(Backfills.action(ctx, t, freshSql + " = " + copy, freshSql + " IS DISTINCT FROM " + copy,
                what + " into " + fresh));
        String check = Sql.ident(NotNulls.checkName(t.name(), fresh));
        if (!after.nullable()) {
            ctx.draft().add(Action.of(Stage.NOT_NULL_CHECKS, group, "add CHECK (" + fresh + " IS NOT NULL) NOT VALID",
                    List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + freshSql
                            + " IS NOT NULL) NOT VALID"), List.of("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS "
                            + check)).order(order).hazards(List.of(Locks.briefAccessExclusive(t.name()))));
            ctx.draft().add(Action.of(Stage.VALIDATE, group, "validate the NOT NULL check of " + fresh,
                    List.of("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check), List.of(Action.NOTHING_TO_UNDO)).order(order)
                    .asLongRunning().hazards(List.of(Locks.scan(t.name(), "validating the check"))));
        }
        List<String> swap = new ArrayList<>(List.of("DROP TRIGGER IF EXISTS " + Sql.ident(sync) + " ON " + table,
                "DROP FUNCTION IF EXISTS " + function, "ALTER TABLE " + table + " DROP COLUMN " + old,
                "ALTER TABLE " + table + " RENAME COLUMN " + freshSql + " TO " + Sql.ident(after.name())));
        if (!after.nullable()) {
            swap.add("ALTER TABLE " + table + " ALTER COLUMN " + Sql.ident(after.name()) + " SET NOT NULL");
            swap.add("ALTER TABLE " + table + " DROP CONSTRAINT " + check);
        }
        for (Index index : t.indexes().stream().filter(i -> uses(i, after.name())).toList()) {
            List<String> swappedHere = swapped(ctx, t).stream().filter(c -> uses(index, c)).sorted().toList();
            if (!swappedHere.get(0).equals(after.name())) {
                continue;
            }
            Index onFresh = index;
            for (String column : swappedHere) {
                onFresh = onColumn(onFresh, column, Sql.fit(column, "_dbarch_new"));
            }
            String temporary = Sql.fit(Indexes.name(index), "_dbarch_swap");
            ctx.draft().add(Action.of(Stage.SWAP_INDEXES, "index builds", "build " + Indexes.name(index)
                    + " on " + String.join(", ", swappedHere.stream().map(c -> Sql.fit(c, "_dbarch_new")).toList()),
                    List.of(PgKeys.dropIndex(t.name(), temporary, true), Indexes.create(onFresh, temporary, true)),
                    List.of(PgKeys.dropIndex(t.name(), temporary, true))).nonTransactional().asLongRunning()
                    .order(order).hazard(HazardKind.BUILDS_INDEX, "builds a copy of " + Indexes.name(index)
                            + " concurrently")
                    .hazards(List.of(Locks.shareUpdateExclusive(t.name(), "while the index is built"))));
            swap.add("ALTER INDEX " + Sql.sibling(t.name(), temporary) + " RENAME TO "
                    + Sql.ident(Indexes.name(index)));
        }
        List<CheckConstraint> checks = t.checks().stream().filter(c -> Identifiers.mentions(c.expression(),
                after.name())).toList();
        checks.forEach(c -> swap.add(PgKeys.add(t, c, true)));
        after.comment().ifPresent(c -> swap.add(ColumnSql.comment(t.name(), after.name(), after.comment())));
        ctx.draft().add(Action.of(Stage.SWAPS, group, "swap " + fresh + " in for " + what, swap, List.of())
                .order(order).touches(List.of(Action.touchKey(t.name(), after.name())))
                .hazards(List.of(Locks.briefAccessExclusive(t.name())))
                .hazard(HazardKind.BREAKS_RUNNING_APP, "the application reads " + after.type() + " from "
                        + what + " from here on")
                .hazard(HazardKind.IRREVERSIBLE, "going back is another type change")
                .deployBefore("Deploy the application version that works with " + what + " as " + after.type()
                        + "."));
        checks.stream().filter(c -> !c.notValid()).forEach(c -> ctx.draft().add(Action.of(Stage.SWAP_VALIDATE, group,
                "validate " + Constraints.name(t, c), List.of("ALTER TABLE " + table + " VALIDATE CONSTRAINT "
                        + Sql.ident(Constraints.name(t, c))), List.of(Action.NOTHING_TO_UNDO)).order(order).asLongRunning()
                .hazards(List.of(Locks.scan(t.name(), "validating the check")))));
        ctx.draft().note("Column " + what + " moves to the end of " + t.name()
                + " (PostgreSQL cannot reorder columns).");
    }

    /** The columns of {@code t} that change type expand/contract in this plan. */
    static List<String> swapped(PgContext ctx, Table t) {
        return t.columns().stream().map(c -> c.name())
                .filter(c -> ctx.draft().swapped.contains(Action.touchKey(t.name(), c))).toList();
    }

    /** True when the index reads one of the table's swapped columns (the swap rebuilds it). */
    static boolean usesSwapped(PgContext ctx, Table t, Index index) {
        return swapped(ctx, t).stream().anyMatch(c -> uses(index, c));
    }

    static boolean uses(Index index, String column) {
        return index.keys().stream().anyMatch(k -> k.expression() ? Identifiers.mentions(k.text(), column)
                : k.text().equals(column)) || index.include().contains(column)
                || index.where().filter(w -> Identifiers.mentions(w, column)).isPresent();
    }

    private static Index onColumn(Index index, String from, String to) {
        List<IndexKey> keys = index.keys().stream().map(k -> k.expression()
                ? new IndexKey(Identifiers.replaceIdentifier(k.text(), from, to), true, k.options())
                : new IndexKey(k.text().equals(from) ? to : k.text(), false, k.options())).toList();
        return index.withKeys(keys, index.include().stream().map(c -> c.equals(from) ? to : c).toList(),
                index.where().map(w -> Identifiers.replaceIdentifier(w, from, to)));
    }
}
