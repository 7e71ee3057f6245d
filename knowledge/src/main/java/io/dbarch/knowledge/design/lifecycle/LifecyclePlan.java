package io.dbarch.knowledge.design.lifecycle;

import java.util.List;

/**
 * Retention, archival, erasure and legal hold.
 *
 * @param retention one rule per entity with a retention period
 * @param erasure   one strategy per entity holding or pointing at personal data
 */
public record LifecyclePlan(List<RetentionRule> retention, List<ErasureStrategy> erasure, boolean legalHold) {

    public LifecyclePlan {
        retention = List.copyOf(retention);
        erasure = List.copyOf(erasure);
    }

    /** How one entity's rows expire. */
    public record RetentionRule(String entity, double years, boolean immutable, String mechanism, String purgeSql) {
    }

    /** How one entity honours erasure requests. */
    public record ErasureStrategy(String entity, String strategy, String why) {
    }
}
