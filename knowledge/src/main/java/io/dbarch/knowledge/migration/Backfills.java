package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Batched backfills: a DO block that updates a bounded batch of rows per transaction (COMMIT between batches,
 * so the script runs outside a transaction). Walks a single-column primary key when there is one; otherwise
 * picks rows that still need the update by ctid, with a bound on the number of batches.
 */
final class Backfills {

    private Backfills() {
    }

    /**
     * @param set       the SET list, e.g. {@code note = 'n/a'}
     * @param predicate which rows still need it, e.g. {@code note IS NULL}
     */
    static Action action(PgContext ctx, Table table, String set, String predicate, String what) {
        String sql = keyColumn(ctx, table)
                .map(pk -> keyset(table.name(), pk, set, predicate, ctx.options().batchSize()))
                .orElseGet(() -> byCtid(table.name(), set, predicate, ctx.options().batchSize()));
        return Action.of(Stage.BACKFILLS, "backfill " + ctx.key(table.name()), "backfill " + what
                + " in batches of " + ctx.options().batchSize(), List.of(sql), List.of(Action.NOTHING_TO_UNDO))
                .nonTransactional().asLongRunning().order(ctx.order(table.name()))
                .hazard(HazardKind.LONG_BACKFILL, "updates every row of " + table.name() + " in batches of "
                        + ctx.options().batchSize() + " (one transaction each); duration grows with the table and"
                        + " it adds WAL and dead rows for VACUUM; rerunning it is safe")
                .hazard(HazardKind.TAKES_LOCK, "ROW EXCLUSIVE on " + table.name()
                        + " and row locks on each batch: concurrent updates of those rows wait for one batch");
    }

    private static Optional<Column> keyColumn(PgContext ctx, Table table) {
        return ctx.before(table.name()).flatMap(Table::primaryKey).map(PrimaryKey::columns)
                .filter(cols -> cols.size() == 1).flatMap(cols -> table.column(cols.get(0)));
    }

    private static String keyset(QualifiedName t, Column pk, String set, String predicate, int batch) {
        String k = Sql.ident(pk.name());
        String table = Sql.name(t);
        String type = Types.sql(pk.type());
        return "DO $dbarch$\nDECLARE\n    lo " + type + ";\n    hi " + type + ";\nBEGIN\n"
                + "    SELECT " + k + " INTO lo FROM " + table + " ORDER BY " + k + " LIMIT 1;\n"
                + "    WHILE lo IS NOT NULL LOOP\n"
                + "        SELECT k INTO hi FROM (SELECT " + k + " AS k FROM " + table + " WHERE " + k
                + " >= lo ORDER BY " + k + " LIMIT " + batch + ") AS batch ORDER BY k DESC LIMIT 1;\n"
                + "        UPDATE " + table + " SET " + set + " WHERE " + k + " BETWEEN lo AND hi AND (" + predicate
                + ");\n"
                + "        COMMIT;\n"
                + "        lo := NULL;\n"
                + "        SELECT " + k + " INTO lo FROM " + table + " WHERE " + k + " > hi ORDER BY " + k + " LIMIT 1;\n"
                + "    END LOOP;\nEND\n$dbarch$";
    }

    private static String byCtid(QualifiedName t, String set, String predicate, int batch) {
        String table = Sql.name(t);
        return "DO $dbarch$\nDECLARE\n    n bigint;\n    batches bigint;\nBEGIN\n"
                + "    SELECT count(*) / " + batch + " + 2 INTO batches FROM " + table + ";\n"
                + "    FOR i IN 1..batches LOOP\n"
                + "        UPDATE " + table + " SET " + set + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table
                + " WHERE (" + predicate + ") LIMIT " + batch + "));\n"
                + "        GET DIAGNOSTICS n = ROW_COUNT;\n"
                + "        EXIT WHEN n = 0;\n"
                + "        COMMIT;\n"
                + "    END LOOP;\nEND\n$dbarch$";
    }
}
