package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.SECURITY;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Tenancy;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** A shared-schema or schema-per-tenant model chosen while tenants demand physically separate storage. */
final class SharedTenancyVsDedicatedIsolation implements EscalationRule {

    @Override
    public String id() {
        return "shared-tenancy-vs-dedicated-isolation";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Tenancy t = r.tenancy();
        Optional<Tenancy.Model> model = t.model().filter(m -> m != Tenancy.Model.DATABASE_PER_TENANT);
        if (!t.multiTenant() || t.isolation() != Tenancy.Isolation.DEDICATED || model.isEmpty()) {
            return Optional.empty();
        }
        String shared = model.get() == Tenancy.Model.SHARED_SCHEMA
                ? "every tenant's rows sit in the same tables, pages and backups, separated only by a tenant key and row-level security"
                : "every tenant's schema lives in the same database, files, WAL stream and backups";
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "The tenancy model cannot give tenants dedicated storage",
                List.of(Quote.of(r, "tenancy.model", model.get().spelling()),
                        Quote.of(r, "tenancy.isolation", "dedicated"),
                        Quote.of(r, "tenancy.tenants", t.tenants())),
                "With " + model.get().spelling() + ", " + shared + "; a tenant that contractually needs its own "
                        + "storage (and its own restore, key and deletion) cannot be given it.",
                List.of(new Option("Hybrid: shared schema for most tenants, a dedicated database for tenants that pay for isolation",
                                "meets the mandate where it is needed; two provisioning paths and migrations run per silo"),
                        new Option("Database per tenant for everyone",
                                "strongest isolation and per-tenant restore; " + t.tenants()
                                        + " databases to migrate, monitor and pool connections for"),
                        new Option("Negotiate logical isolation: RLS, per-tenant encryption keys, audited access",
                                "keeps one schema; only works if the customer's contract can be changed")),
                List.of(PRODUCT, COMPLIANCE, SECURITY)));
    }
}
