package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.RenameTable;
import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Renaming a table (and moving it to another schema). Safe mode leaves a view with the old name, so the running
 * application keeps reading and writing through it, and drops that view in the contract phase.
 */
final class PgTableRename {

    private final PgContext ctx;

    PgTableRename(PgContext ctx) {
        this.ctx = ctx;
    }

    void rename(RenameTable change) {
        QualifiedName from = change.from().inSchema(ctx.defaultSchema());
        QualifiedName to = change.table().name().inSchema(ctx.defaultSchema());
        List<String> sql = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        QualifiedName current = from;
        if (!from.schema().equals(to.schema())) {
            sql.add("ALTER TABLE " + Sql.name(from) + " SET SCHEMA " + Sql.ident(to.schema()));
            current = new QualifiedName(to.schema(), from.name());
        }
        if (!current.name().equals(to.name())) {
            sql.add("ALTER TABLE " + Sql.name(current) + " RENAME TO " + Sql.ident(to.name()));
            undo.add("ALTER TABLE " + Sql.name(to) + " RENAME TO " + Sql.ident(current.name()));
        }
        if (!current.equals(from)) {
            undo.add("ALTER TABLE " + Sql.name(current) + " SET SCHEMA " + Sql.ident(from.schema()));
        }
        String description = "rename table " + from + " to " + to;
        if (ctx.safe()) {
            sql.add("CREATE VIEW " + Sql.name(from) + " AS SELECT * FROM " + Sql.name(to));
            undo.add(0, "DROP VIEW " + Sql.name(from));
            description += " (a view keeps the old name working until the contract phase)";
            ctx.draft().add(Action.of(Stage.VIEW_DROP_CONTRACT, ctx.group(to), "drop the compatibility view "
                    + from, List.of("DROP VIEW IF EXISTS " + Sql.name(from)), List.of("CREATE VIEW "
                    + Sql.name(from) + " AS SELECT * FROM " + Sql.name(to)))
                    .hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that still uses the name "
                            + from + " fails")
                    .deployBefore("Deploy the application version that uses " + to + " instead of " + from + "."));
        }
        Action action = Action.of(Stage.TABLE_RENAMES, ctx.group(to), description, sql, undo)
                .hazards(List.of(Locks.briefAccessExclusive(from)));
        if (!ctx.safe()) {
            action = action.hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that uses the name "
                    + from + " fails from here on");
        }
        ctx.draft().add(action);
    }
}
