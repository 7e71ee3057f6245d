package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Multi-tenancy needs. A system with one tenant is single-tenant.
 *
 * @param model        a model already chosen, when stated
 * @param isolation    {@code DEDICATED} when contracts demand physically separate storage per tenant
 */
public record Tenancy(
        int tenants,
        Optional<Model> model,
        String tenantEntity,
        double largestTenantPercent,
        Isolation isolation,
        boolean perTenantRestore) {

    public Tenancy {
        requireNonNull(model, "model");
        requireNonNull(tenantEntity, "tenantEntity");
        requireNonNull(isolation, "isolation");
    }

    public boolean multiTenant() {
        return tenants > 1;
    }

    /** Multi-tenancy models. */
    public enum Model {
        SHARED_SCHEMA, SCHEMA_PER_TENANT, DATABASE_PER_TENANT;

        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Isolation demanded between tenants. */
    public enum Isolation { LOGICAL, DEDICATED }
}
