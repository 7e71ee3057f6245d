package io.dbarch.knowledge.design.hadr;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.Slas;
import io.dbarch.knowledge.design.capacity.RestoreEstimate;
import io.dbarch.knowledge.design.hadr.HaDrDesign.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chooses an HA/DR topology by RTO/RPO tier, plans backups, and writes the SLO table and assumptions. */
public final class HaDrDesigner {

    public Section<HaDrDesign> design(Requirements r) {
        requireNonNull(r, "r");
        Slas s = r.slas();
        Tier tier = s.rpoSeconds() == 0 || s.availabilityPercent() >= 99.99 ? Tier.SYNC_QUORUM
                : s.availabilityPercent() <= 99.5 && s.rpoSeconds() >= 300 && s.rtoMinutes() >= 240
                ? Tier.SINGLE_INSTANCE_PITR : Tier.ASYNC_STANDBY;
        Optional<String> dr = s.regions().size() > 1 ? Optional.of(s.regions().get(1)) : Optional.empty();
        Platform.Topology topology = r.platform().topology().orElse(dr.isPresent() ? Platform.Topology.MULTI_REGION
                : tier == Tier.SINGLE_INSTANCE_PITR ? Platform.Topology.SINGLE_INSTANCE : Platform.Topology.MULTI_AZ);
        int standbys = switch (tier) {
            case SINGLE_INSTANCE_PITR -> 0;
            case ASYNC_STANDBY -> 1;
            case SYNC_QUORUM -> 2;
        };
        boolean sync = r.platform().replication().map(m -> m == Platform.Replication.SYNCHRONOUS)
                .orElse(tier == Tier.SYNC_QUORUM);
        Platform.Backup b = r.platform().backup();
        String cadence = tier == Tier.SINGLE_INSTANCE_PITR ? "quarterly" : "monthly, and after every major upgrade";
        var backup = new HaDrDesign.BackupPlan(b.fullBackupIntervalHours(), b.pointInTimeRecovery(), b.retentionDays(),
                b.region().or(() -> dr), encryption(r), cadence);
        RestoreEstimate restore = RestoreEstimate.of(r);
        HaDrDesign design = new HaDrDesign(tier, topology, standbys, sync, dr, backup, slos(r, tier, restore), restore);
        return new Section<>("ha-dr", "High availability and disaster recovery", HaDrMarkdown.render(r, design), design);
    }

    private static String encryption(Requirements r) {
        return r.platform().managed()
                ? "server-side encryption with a customer-managed KMS key; the same key policy on cross-region copies"
                : "encrypted before upload (pgBackRest repo-cipher-type=aes-256-cbc or WAL-G libsodium), key in the secrets manager";
    }

    private static List<HaDrDesign.Slo> slos(Requirements r, Tier tier, RestoreEstimate restore) {
        Slas s = r.slas();
        List<HaDrDesign.Slo> slos = new ArrayList<>();
        slos.add(new HaDrDesign.Slo("availability", "%s%% (%.0f min/month, %.0f min/year of downtime)"
                .formatted(fmt(s.availabilityPercent()), s.downtimeMinutesPerYear() / 12, s.downtimeMinutesPerYear()),
                "successful synthetic transactions per minute from each application region"));
        slos.add(new HaDrDesign.Slo("statement latency", "p99 ≤ " + s.p99LatencyMs() + " ms",
                "pg_stat_statements / application histograms, per 5-minute window at peak"));
        slos.add(new HaDrDesign.Slo("RPO", s.rpoSeconds() + " s (" + s.rpoScope().name().toLowerCase() + " loss)",
                tier == Tier.SYNC_QUORUM ? "synchronous commit; standby replay lag alarms at 10 s"
                        : "replication lag and WAL archive age, alarm at half the RPO"));
        slos.add(new HaDrDesign.Slo("RTO (failover)", tier == Tier.SINGLE_INSTANCE_PITR ? "n/a (no standby)"
                : "≤ 2 min, inside the RTO of " + s.rtoMinutes() + " min", "failover drill, quarterly"));
        slos.add(new HaDrDesign.Slo("RTO (restore from backup)", "about %,.0f min estimated (RTO %d min%s)"
                .formatted(restore.totalMinutes(), s.rtoMinutes(), restore.totalMinutes() > s.rtoMinutes() ? ": see escalations" : ""), "restore drill, " + (tier == Tier.SINGLE_INSTANCE_PITR
                ? "quarterly" : "monthly")));
        return slos;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
