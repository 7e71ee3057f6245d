package io.dbarch.knowledge.design.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Requirements;
import java.util.List;
import java.util.Optional;

/** The registry of escalation rules and the single entry point that runs them. */
public final class Escalations {

    private static final List<EscalationRule> ALL = List.of(
            new GlobalWritesStrictConsistency(),
            new RpoZeroWithoutSyncReplication(),
            new RpoZeroRegionLossLatency(),
            new ResidencyCrossRegionReplica(),
            new ResidencyBackupLocation(),
            new ResidencyAnalyticsCopy(),
            new ImmutableRetentionVsErasure(),
            new ErasureVsBackupRetention(),
            new RtoShorterThanRestore(),
            new AvailabilitySingleInstance(),
            new RtoExceedsDowntimeBudget(),
            new ZeroDowntimeBlockingChange(),
            new SharedTenancyVsDedicatedIsolation(),
            new PerTenantObjectsAtScale(),
            new RpoVsBackupInterval(),
            new OltpOnWarehouseEngine());

    private Escalations() {
    }

    /** Every rule, in a fixed order. */
    public static List<EscalationRule> all() {
        return ALL;
    }

    public static Optional<EscalationRule> rule(String id) {
        requireNonNull(id, "id");
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Runs every rule; blockers first, then warnings, each in registry order. */
    public static List<Escalation> evaluate(Requirements requirements) {
        requireNonNull(requirements, "requirements");
        return ALL.stream().flatMap(rule -> rule.check(requirements).stream())
                .sorted(java.util.Comparator.comparing(Escalation::severity))
                .toList();
    }
}
