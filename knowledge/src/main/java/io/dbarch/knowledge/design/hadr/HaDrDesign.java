package io.dbarch.knowledge.design.hadr;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.capacity.RestoreEstimate;
import java.util.List;
import java.util.Optional;

/**
 * The HA/DR design.
 *
 * @param tier            the RTO/RPO tier the SLAs put the system in
 * @param topology        instances and where they run
 * @param standbys        standby instances in the primary region
 * @param synchronous     whether commits wait for a standby
 * @param drRegion        the cross-region DR target, if any
 * @param backup          the backup plan
 * @param slos            the service-level objectives
 * @param restore         how long a restore from backup takes
 */
public record HaDrDesign(
        Tier tier,
        Platform.Topology topology,
        int standbys,
        boolean synchronous,
        Optional<String> drRegion,
        BackupPlan backup,
        List<Slo> slos,
        RestoreEstimate restore) {

    public HaDrDesign {
        slos = List.copyOf(slos);
    }

    /** RTO/RPO tiers, cheapest first. */
    public enum Tier {
        SINGLE_INSTANCE_PITR("single instance + point-in-time recovery"),
        ASYNC_STANDBY("primary + asynchronous standby in another zone, automatic failover"),
        SYNC_QUORUM("primary + two standbys in other zones, synchronous quorum commit, automatic failover");

        private final String description;

        Tier(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Full backups plus WAL archiving, retention, encryption and restore tests. */
    public record BackupPlan(int fullBackupIntervalHours, boolean pointInTimeRecovery, int retentionDays,
                             Optional<String> copyRegion, String encryption, String restoreTestCadence) {
    }

    /** One service-level objective. */
    public record Slo(String objective, String target, String measuredBy) {
    }
}
