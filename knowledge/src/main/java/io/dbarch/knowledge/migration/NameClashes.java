package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.DropTable;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Index names a new table needs that a table dropped later in the same plan still holds (index names share one
 * namespace per schema): the old index or key is renamed out of the way in expand, before the new table is
 * created.
 */
final class NameClashes {

    private NameClashes() {
    }

    static void clear(PgContext ctx, Table created) {
        Set<String> wanted = new HashSet<>();
        Constraints.of(created).stream().filter(NameClashes::indexBacked)
                .forEach(c -> wanted.add(Constraints.name(created, c)));
        created.indexes().forEach(i -> wanted.add(Indexes.name(i)));
        String schema = ctx.key(created.name()).schema();
        for (Change change : ctx.changes()) {
            if (!(change instanceof DropTable drop) || !ctx.key(drop.table().name()).schema().equals(schema)) {
                continue;
            }
            Table old = drop.table();
            for (TableConstraint c : Constraints.of(old)) {
                String name = Constraints.name(old, c);
                if (indexBacked(c) && wanted.contains(name)) {
                    rename(ctx, old, "ALTER TABLE " + Sql.name(old.name()) + " RENAME CONSTRAINT " + Sql.ident(name)
                            + " TO " + Sql.ident(Sql.fit(name, "_dbarch_old")), name);
                }
            }
            for (Index i : old.indexes()) {
                String name = Indexes.name(i);
                if (wanted.contains(name)) {
                    rename(ctx, old, "ALTER INDEX " + Sql.sibling(old.name(), name) + " RENAME TO "
                            + Sql.ident(Sql.fit(name, "_dbarch_old")), name);
                }
            }
        }
    }

    private static boolean indexBacked(TableConstraint c) {
        return c instanceof PrimaryKey || c instanceof UniqueConstraint
                || c instanceof io.dbarch.knowledge.schema.ExclusionConstraint;
    }

    private static void rename(PgContext ctx, Table old, String sql, String name) {
        ctx.draft().add(Action.of(Stage.RELAX, ctx.group(old.name()), "free the name " + name + " (held by "
                + old.name() + ", dropped later)", List.of(sql), List.of())
                .hazards(List.of(Locks.briefAccessExclusive(old.name()))));
    }
}
