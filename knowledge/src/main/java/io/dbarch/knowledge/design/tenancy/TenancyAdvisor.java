package io.dbarch.knowledge.design.tenancy;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Tenancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recommends a multi-tenancy model from tenant count, size and isolation needs. */
public final class TenancyAdvisor {

    static final int MANY_TENANTS = 1_000;
    static final int FEW_TENANTS = 100;
    static final int DATABASES_PER_CLUSTER = 200;
    static final double DOMINANT_TENANT_PERCENT = 20;

    private TenancyAdvisor() {
    }

    /**
     * The recommendation, empty for a single-tenant system.
     *
     * @param hybrid   also move some tenants (the dominant or isolation-mandated ones) to dedicated databases
     * @param reasons  why, in the order the rules applied
     */
    public record Recommendation(Tenancy.Model model, boolean hybrid, List<String> reasons) {
        public Recommendation {
            requireNonNull(model, "model");
            reasons = List.copyOf(reasons);
        }
    }

    public static Optional<Recommendation> recommend(Requirements r) {
        Tenancy t = r.tenancy();
        if (!t.multiTenant()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        boolean hybrid = false;
        Tenancy.Model model;
        if (t.isolation() == Tenancy.Isolation.DEDICATED && t.tenants() <= DATABASES_PER_CLUSTER) {
            model = Tenancy.Model.DATABASE_PER_TENANT;
            reasons.add("contracts demand dedicated storage and %,d tenants fit one cluster's databases (≤ %d)"
                    .formatted(t.tenants(), DATABASES_PER_CLUSTER));
        } else if (t.isolation() == Tenancy.Isolation.DEDICATED) {
            model = Tenancy.Model.SHARED_SCHEMA;
            hybrid = true;
            reasons.add(("dedicated storage is demanded, but %,d databases are too many to run; give dedicated "
                    + "databases to the tenants whose contracts require it and share the rest").formatted(t.tenants()));
        } else if (t.tenants() > MANY_TENANTS) {
            model = Tenancy.Model.SHARED_SCHEMA;
            reasons.add("%,d tenants: one schema keeps migrations, pooling and monitoring constant in the tenant count"
                    .formatted(t.tenants()));
        } else if (t.tenants() <= FEW_TENANTS && t.perTenantRestore()) {
            model = Tenancy.Model.SCHEMA_PER_TENANT;
            reasons.add(("%d tenants and per-tenant restore: a schema each is restorable with pg_dump/pg_restore -n "
                    + "and still cheap to migrate").formatted(t.tenants()));
        } else {
            model = Tenancy.Model.SHARED_SCHEMA;
            reasons.add(("%,d tenants with logical isolation: a tenant key and row-level security isolate rows at the "
                    + "lowest operating cost").formatted(t.tenants()));
        }
        if (model == Tenancy.Model.SHARED_SCHEMA && t.largestTenantPercent() >= DOMINANT_TENANT_PERCENT) {
            hybrid = true;
            reasons.add(("the largest tenant holds %.0f%% of the data; give it its own database so it neither starves "
                    + "nor is starved by the others").formatted(t.largestTenantPercent()));
        }
        if (model == Tenancy.Model.SHARED_SCHEMA && t.perTenantRestore()) {
            reasons.add("per-tenant restore in a shared schema means restoring to a scratch instance and copying "
                    + "the tenant's rows back; rehearse it in the restore drill");
        }
        return Optional.of(new Recommendation(model, hybrid, reasons));
    }

    /** The model the schema is built for: the stated one, else the recommendation; empty when single-tenant. */
    public static Optional<Tenancy.Model> effectiveModel(Requirements r) {
        if (!r.tenancy().multiTenant()) {
            return Optional.empty();
        }
        return r.tenancy().model().or(() -> recommend(r).map(Recommendation::model));
    }
}
