package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.CreateIndex;
import io.dbarch.knowledge.migration.KeyChanges.DropIndex;
import io.dbarch.knowledge.migration.KeyChanges.RenameIndex;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.List;

/**
 * Indexes on existing tables. Safe mode builds and drops them CONCURRENTLY, each in a script outside a
 * transaction that first drops a half-built leftover of an earlier failed run. An index that changes shape but
 * keeps its name is built under a temporary name and renamed after the old one is dropped.
 */
final class PgIndexes {

    private final PgContext ctx;

    PgIndexes(PgContext ctx) {
        this.ctx = ctx;
    }

    void create(CreateIndex change) {
        Table t = change.table();
        Index index = change.index();
        if (PgColumnSwap.usesSwapped(ctx, t, index)) {
            return;
        }
        String name = Indexes.name(index);
        boolean replaces = ctx.changes().stream().anyMatch(c -> c instanceof DropIndex d
                && d.name().equals(name) && ctx.mapper().table(d.table().name()).equals(ctx.key(t.name())));
        String buildName = replaces ? Sql.fit(name, "_dbarch_new") : name;
        boolean concurrently = ctx.safe() && !t.isPartitioned();
        Stage stage = index.unique() ? Stage.UNIQUE_INDEXES : Stage.INDEXES;
        List<String> sql = concurrently
                ? List.of(PgKeys.dropIndex(t.name(), buildName, true), Indexes.create(index, buildName, true))
                : List.of(Indexes.create(index, buildName, false));
        Action action = Action.of(stage, concurrently ? "index builds" : ctx.group(t.name()), "create index "
                        + buildName + " on " + t.name(), sql, List.of(PgKeys.dropIndex(t.name(), buildName,
                        concurrently)))
                .asLongRunning().order(ctx.order(t.name()))
                .hazard(HazardKind.BUILDS_INDEX, "builds " + buildName + "; time and I/O grow with " + t.name());
        if (concurrently) {
            action = action.nonTransactional().hazards(List.of(Locks.shareUpdateExclusive(t.name(),
                    "while the index is built concurrently (it first waits for transactions already running)")));
        } else {
            action = action.hazards(List.of(Locks.share(t.name())));
        }
        if (index.unique()) {
            action = action.hazard(HazardKind.BREAKS_RUNNING_APP, "writes that duplicate a key of " + buildName
                    + " fail from here on");
        }
        ctx.draft().add(action);
        if (replaces) {
            ctx.draft().add(Action.of(Stage.DROP_INDEXES, ctx.group(t.name()), "rename index " + buildName + " to "
                    + name, List.of("ALTER INDEX " + Sql.sibling(t.name(), buildName) + " RENAME TO "
                    + Sql.ident(name)), List.of("ALTER INDEX " + Sql.sibling(t.name(), name) + " RENAME TO "
                    + Sql.ident(buildName))).order(Integer.MAX_VALUE));
        }
    }

    void drop(DropIndex change) {
        QualifiedName table = ctx.mapper().table(change.table().name());
        Index index = change.index();
        if (ctx.to().table(table).filter(t -> PgColumnSwap.usesSwapped(ctx, t, index)).isPresent()) {
            return;
        }
        boolean partitioned = change.table().isPartitioned();
        boolean concurrently = ctx.safe() && !partitioned;
        Index undoIndex = index.withTable(table);
        Action action = Action.of(Stage.DROP_INDEXES, concurrently ? "index drops" : ctx.group(table),
                "drop index " + change.name() + " on " + table,
                List.of(PgKeys.dropIndex(table, change.name(), concurrently)),
                List.of(Indexes.create(undoIndex, change.name(), concurrently)))
                .order(ctx.order(table));
        if (concurrently) {
            action = action.nonTransactional().hazards(List.of(Locks.shareUpdateExclusive(table,
                    "while the index is dropped concurrently")));
        } else {
            action = action.hazards(List.of(Locks.accessExclusive(table, "while the index is dropped")));
        }
        ctx.draft().add(action);
    }

    void rename(RenameIndex change) {
        QualifiedName t = change.table();
        ctx.draft().add(Action.of(Stage.INDEXES, ctx.group(t), change.describe(), List.of("ALTER INDEX "
                + Sql.sibling(t, change.from()) + " RENAME TO " + Sql.ident(change.to())), List.of("ALTER INDEX "
                + Sql.sibling(t, change.to()) + " RENAME TO " + Sql.ident(change.from())))
                .hazard(HazardKind.TAKES_LOCK, "ACCESS EXCLUSIVE on the index " + change.from()
                        + " for a catalog-only rename (milliseconds once granted)"));
    }
}
