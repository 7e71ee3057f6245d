package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a system needs from its database: domain model, workload, SLAs, compliance, platform, tenancy, analytics
 * and planned changes. Every value is set: a value the requirements left out carries its default, and the default
 * is listed in {@link #assumptions()}.
 */
public record Requirements(
        String name,
        String summary,
        DomainModel domain,
        Workload workload,
        Slas slas,
        Compliance compliance,
        Platform platform,
        Tenancy tenancy,
        Analytics analytics,
        List<PlannedChange> changes,
        List<Assumption> assumptions) {

    public Requirements {
        requireNonNull(name, "name");
        requireNonNull(summary, "summary");
        requireNonNull(domain, "domain");
        requireNonNull(workload, "workload");
        requireNonNull(slas, "slas");
        requireNonNull(compliance, "compliance");
        requireNonNull(platform, "platform");
        requireNonNull(tenancy, "tenancy");
        requireNonNull(analytics, "analytics");
        changes = List.copyOf(changes);
        assumptions = List.copyOf(assumptions);
    }
}
