package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.AlterTable;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SET LOGGED / SET UNLOGGED for every table that changes persistence, in one transaction: PostgreSQL refuses a
 * foreign key between a logged and an unlogged table, so the foreign keys touching those tables are dropped
 * first and added back after (NOT VALID and validated later in safe mode).
 */
final class PgPersistence {

    private final PgContext ctx;

    PgPersistence(PgContext ctx) {
        this.ctx = ctx;
    }

    void plan(List<AlterTable> changes) {
        List<Table> changing = changes.stream().filter(c -> c.before().unlogged() != c.after().unlogged())
                .map(AlterTable::after).toList();
        if (changing.isEmpty()) {
            return;
        }
        Set<QualifiedName> names = new LinkedHashSet<>();
        changing.forEach(t -> names.add(ctx.key(t.name())));
        List<String[]> keys = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        for (Table t : ctx.to().tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean touches = names.contains(ctx.key(t.name())) || names.contains(ctx.key(fk.referencedTable()));
                if (touches && !ctx.isNew(t.name())) {
                    String name = Constraints.name(t, fk);
                    sql.add("ALTER TABLE " + Sql.name(t.name()) + " DROP CONSTRAINT IF EXISTS " + Sql.ident(name));
                    keys.add(new String[] {PgKeys.add(t, fk, ctx.safe() || fk.notValid()), name,
                            Sql.name(t.name()), String.valueOf(fk.notValid())});
                }
            }
        }
        for (Table t : changing) {
            sql.add("ALTER TABLE " + Sql.name(t.name()) + (t.unlogged() ? " SET UNLOGGED" : " SET LOGGED"));
        }
        keys.forEach(k -> sql.add(k[0]));
        Action action = Action.of(Stage.TABLE_PROPS, "persistence", "change persistence of " + names, sql,
                List.of()).asLongRunning();
        for (Table t : changing) {
            action = action.hazards(List.of(Locks.rewrite(t.name(), "changing between logged and unlogged"),
                    Locks.accessExclusive(t.name(), "for the whole rewrite")));
        }
        if (changing.stream().anyMatch(Table::unlogged)) {
            action = action.hazard(HazardKind.LOSES_DATA, "an unlogged table is emptied after a crash and is not"
                    + " replicated");
        }
        ctx.draft().add(action);
        if (ctx.safe()) {
            keys.stream().filter(k -> !Boolean.parseBoolean(k[3])).forEach(k -> ctx.draft().add(Action.of(
                    Stage.FOREIGN_KEY_VALIDATE, "persistence", "validate " + k[1], List.of("ALTER TABLE " + k[2]
                            + " VALIDATE CONSTRAINT " + Sql.ident(k[1])), List.of(Action.NOTHING_TO_UNDO))
                    .asLongRunning().hazard(HazardKind.SCANS_TABLE, "validating " + k[1] + " reads every row")));
        }
    }
}
