package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.ENGINEERING;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Tenancy;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** Schema-per-tenant or database-per-tenant chosen for more tenants than that model handles well. */
final class PerTenantObjectsAtScale implements EscalationRule {

    /** Beyond this many schemas, catalog size, pg_dump and migrations become the bottleneck. */
    static final int SCHEMA_LIMIT = 1_000;
    /** Beyond this many databases on one cluster, connection pools and per-database upkeep dominate. */
    static final int DATABASE_LIMIT = 200;
    /** Applying one migration to one tenant (lock, DDL, bookkeeping) takes about 2 seconds. */
    static final double SECONDS_PER_TENANT_MIGRATION = 2;

    @Override
    public String id() {
        return "per-tenant-objects-at-scale";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Tenancy t = r.tenancy();
        Optional<Tenancy.Model> model = t.model().filter(m -> m != Tenancy.Model.SHARED_SCHEMA);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        boolean schemas = model.get() == Tenancy.Model.SCHEMA_PER_TENANT;
        int limit = schemas ? SCHEMA_LIMIT : DATABASE_LIMIT;
        if (t.tenants() <= limit) {
            return Optional.empty();
        }
        int tables = Math.max(1, r.domain().entities().size());
        long relations = (long) t.tenants() * tables * 3;
        double migrationHours = t.tenants() * SECONDS_PER_TENANT_MIGRATION / 3600;
        return Optional.of(new Escalation(id(), Escalation.Severity.WARNING,
                "Too many tenants for " + model.get().spelling(),
                List.of(Quote.of(r, "tenancy.model", model.get().spelling()), Quote.of(r, "tenancy.tenants", t.tenants())),
                ("%,d tenants × %d tables × about 3 relations each (table, primary key, one index) is %,d catalog "
                        + "relations%s; every migration runs once per tenant, %,.1f hours at %.0f s each, and a failure "
                        + "halfway leaves tenants on different schema versions. Above about %,d %s this model costs more "
                        + "than it isolates.").formatted(t.tenants(), tables, relations,
                        schemas ? " in one database (slow pg_dump, planner and autovacuum overhead)"
                                : " spread over as many databases, each needing its own connection pool",
                        migrationHours, SECONDS_PER_TENANT_MIGRATION, limit, schemas ? "schemas" : "databases"),
                List.of(new Option("Shared schema with a tenant key and row-level security",
                                "one migration, one pool; isolation becomes logical, enforced by policies"),
                        new Option("Spread tenants over several clusters, " + limit + " per cluster at most",
                                "keeps the model; more clusters to operate and a tenant directory to route by")),
                List.of(ENGINEERING, INFRASTRUCTURE)));
    }
}
