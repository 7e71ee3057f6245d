package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.AlterDomain;
import io.dbarch.knowledge.migration.ObjectChanges.CreateDomain;
import io.dbarch.knowledge.migration.ObjectChanges.DropDomain;
import io.dbarch.knowledge.schema.Domain;
import java.util.ArrayList;
import java.util.List;

/** Domains: created, changed in place where PostgreSQL can (default, NOT NULL, added checks), dropped. */
final class PgTypes {

    private final PgContext ctx;

    PgTypes(PgContext ctx) {
        this.ctx = ctx;
    }

    void createDomain(CreateDomain change) {
        Domain d = change.domain();
        var sql = new StringBuilder("CREATE DOMAIN " + Sql.name(d.name()) + " AS " + Types.sql(d.baseType()));
        d.defaultExpression().ifPresent(x -> sql.append(" DEFAULT ").append(x));
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        d.checks().forEach(c -> sql.append(" CHECK (").append(c).append(')'));
        ctx.draft().add(Action.of(Stage.TYPES, "new objects", change.describe(), List.of(sql.toString()),
                List.of("DROP DOMAIN IF EXISTS " + Sql.name(d.name()))));
    }

    void alterDomain(AlterDomain change) {
        Domain before = change.before();
        Domain after = change.after();
        String name = Sql.name(after.name());
        if (!Types.same(before.baseType(), after.baseType()) || !after.checks().stream().map(Expressions::normalize)
                .toList().containsAll(before.checks().stream().map(Expressions::normalize).toList())) {
            ctx.draft().refuse(after.name().toString(), "changing a domain's base type or removing one of its"
                    + " checks is not planned (the model does not carry check names); create a new domain and"
                    + " change the columns to it");
            return;
        }
        List<String> sql = new ArrayList<>();
        if (!ColumnDelta.sameExpression(before.defaultExpression(), after.defaultExpression())) {
            sql.add("ALTER DOMAIN " + name + after.defaultExpression().map(x -> " SET DEFAULT " + x)
                    .orElse(" DROP DEFAULT"));
        }
        if (before.notNull() != after.notNull()) {
            sql.add("ALTER DOMAIN " + name + (after.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        }
        after.checks().stream().filter(c -> before.checks().stream().noneMatch(b -> Expressions.same(b, c)))
                .forEach(c -> sql.add("ALTER DOMAIN " + name + " ADD CHECK (" + c + ")"));
        ctx.draft().add(Action.of(Stage.TYPES, "new objects", change.describe(), sql, List.of()).asLongRunning()
                .hazard(HazardKind.SCANS_TABLE, "new NOT NULL or CHECK conditions are checked against every column"
                        + " of type " + after.name()));
    }

    void dropDomain(DropDomain change) {
        ctx.draft().add(Action.of(Stage.DROP_TYPES, "drop types", change.describe(), List.of(
                "DROP DOMAIN IF EXISTS " + Sql.name(change.domain().name())), List.of()));
    }
}
