package io.dbarch.knowledge.design;

import io.dbarch.knowledge.design.analytics.AnalyticsDesign;
import io.dbarch.knowledge.design.analytics.AnalyticsDesigner;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import io.dbarch.knowledge.design.hadr.HaDrDesign;
import io.dbarch.knowledge.design.tenancy.TenancyAdvisor;
import java.util.ArrayList;
import java.util.List;

/** The cross-cutting decisions of a design, each with its reason and the alternative not taken. */
final class ArchitectureDecisions {

    private ArchitectureDecisions() {
    }

    static List<Decision> of(Requirements r, HaDrDesign hadr, CapacityPlan capacity, AnalyticsDesign analytics) {
        List<Decision> d = new ArrayList<>();
        Slas s = r.slas();
        String alternative = switch (hadr.tier()) {
            case SINGLE_INSTANCE_PITR -> "a standby with automatic failover, when minutes of downtime start to matter";
            case ASYNC_STANDBY -> "synchronous quorum replication for RPO 0, at +1–2 ms per commit and one more standby";
            case SYNC_QUORUM -> "asynchronous standby: cheaper and faster commits, losing the replication lag on failover";
        };
        d.add(new Decision("HA/DR", hadr.tier().description() + hadr.drRegion().map(x -> ", DR replica in " + x).orElse(""),
                "availability %s%%, RPO %d s, RTO %d min".formatted(RequirementsDigest.num(s.availabilityPercent()),
                        s.rpoSeconds(), s.rtoMinutes()), alternative));
        TenancyAdvisor.recommend(r).ifPresent(t -> d.add(new Decision("tenancy", r.tenancy().model().orElse(t.model()).spelling()
                + (t.hybrid() ? " (hybrid)" : ""), String.join("; ", t.reasons()),
                "schema or database per tenant when tenants need physical isolation or their own restore")));
        if (!analytics.approach().equals("none")) {
            d.add(new Decision("analytics", analytics.approach().equals("cdc") ? "CDC into "
                    + AnalyticsDesigner.display(analytics.target()) : "a read replica for reports",
                    "%,.0f GB in year 3, %d-minute freshness, %d report(s)".formatted(capacity.years().get(3).dataGb(),
                            r.analytics().freshnessMinutes(), r.analytics().reports().size()),
                    analytics.approach().equals("cdc") ? "a read replica: fresher and simpler, until scans outgrow it"
                            : "CDC into a warehouse once reports scan more than a replica can cache"));
        }
        d.add(new Decision("scaling", capacity.sharding().neededWithinThreeYears() ? "plan sharding by "
                        + (r.tenancy().multiTenant() ? "tenant_id" : "the main entity's key") : "one primary, read replicas, partitioning; no sharding",
                capacity.sharding().limitingFactor() + "; limit reached in about %.1f years".formatted(capacity.sharding().yearsUntilNeeded()),
                "sharding now: cross-shard joins and transactions, resharding and routing for no present need"));
        d.add(new Decision("consistency", s.consistency().strict() ? "single primary, read committed + row locks"
                        + (s.consistency() == Slas.Consistency.SERIALIZABLE ? " (serializable where invariants span rows)" : "")
                        : "replicas serve reads; " + s.consistency().spelling(),
                "required consistency: " + s.consistency().spelling(),
                "serializable everywhere: simplest reasoning, with retries on 40001 and more aborts under contention"));
        return d;
    }
}
