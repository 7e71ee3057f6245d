package io.dbarch.knowledge.design.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The multi-tenancy design.
 *
 * @param recommendation empty for a single-tenant system
 * @param comparison     the three models compared on the same criteria
 * @param policies       row-level-security policy names, by table (shared schema on PostgreSQL)
 * @param tenantIndexes  tenant-leading indexes, as "table (columns)"
 */
public record TenancyDesign(Optional<TenancyAdvisor.Recommendation> recommendation, List<ModelComparison> comparison,
                            List<String> policies, List<String> tenantIndexes) {

    public TenancyDesign {
        comparison = List.copyOf(comparison);
        policies = List.copyOf(policies);
        tenantIndexes = List.copyOf(tenantIndexes);
    }

    /** One model rated on the comparison criteria. */
    public record ModelComparison(String model, String isolation, String noisyNeighbours, String migrationCost,
                                  String tenantLimit, String perTenantRestore, String compliance) {
    }
}
