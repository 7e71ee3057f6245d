package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Maps {@code slas} and {@code platform} of a validated document. */
final class OperationsMapper {

    static final double DEFAULT_RESTORE_GB_PER_HOUR = 200;

    private OperationsMapper() {
    }

    static Slas slas(JsonNode s, Stated stated) {
        double availability = stated.number(s, "availabilityPercent", "slas.availabilityPercent", 99.9,
                "three nines: 8.8 hours of downtime a year, the common default for business applications");
        int p99 = (int) stated.number(s, "p99LatencyMs", "slas.p99LatencyMs", 100,
                "an interactive application: 100 ms per statement at p99 leaves room for a few statements per request");
        long rpo = (long) stated.number(s, "rpoSeconds", "slas.rpoSeconds", 300,
                "five minutes of data loss tolerated; WAL archiving and a standby keep it far lower in practice");
        long rto = (long) stated.number(s, "rtoMinutes", "slas.rtoMinutes", 60, "one hour to restore service");
        List<String> regions = Stated.texts(s, "regions");
        if (regions.isEmpty()) {
            stated.assume("slas.regions", "one region", "no region stated; the design keeps all data in one region");
        }
        List<String> writeRegions = Stated.texts(s, "writeRegions");
        if (writeRegions.isEmpty() && !regions.isEmpty()) {
            writeRegions = List.of(regions.get(0));
            stated.assume("slas.writeRegions", regions.get(0), "writes originate in the primary region");
        }
        String scopeDefault = regions.size() > 1 ? "region" : "zone";
        String scope = stated.text(s, "rpoScope", "slas.rpoScope", scopeDefault,
                regions.size() > 1 ? "more than one region is listed, so the RPO must survive the loss of a region"
                        : "one region: the RPO must survive the loss of a zone (data centre)");
        String consistency = stated.text(s, "consistency", "slas.consistency", "strong",
                "a single primary gives strong (read-after-write) consistency at no extra cost");
        boolean zeroDowntime = stated.flag(s, "zeroDowntime", "slas.zeroDowntime", false,
                "short planned maintenance windows are acceptable");
        return new Slas(availability, p99, rpo, rto, Slas.FailureScope.valueOf(Stated.enumName(scope)), regions,
                writeRegions, Slas.Consistency.valueOf(Stated.enumName(consistency)), zeroDowntime);
    }

    static Platform platform(JsonNode p, List<String> regions, Stated stated) {
        String engine = stated.text(p, "engine", "platform.engine", "postgresql",
                "the default engine: open source, strong SQL, rich indexing and row-level security");
        String hosting = Stated.optionalText(p, "hosting").orElse("cloud");
        Optional<String> provider = Stated.optionalText(p, "provider").or(() -> regions.stream().findFirst()
                .flatMap(r -> RegionCatalog.standard().region(r)).map(RegionCatalog.Region::provider));
        boolean managed = stated.flag(p, "managed", "platform.managed", hosting.equals("cloud"),
                hosting.equals("cloud") ? "a managed service in the cloud (backups, patching, failover handled)"
                        : "on premises the team runs the database itself");
        JsonNode b = p.path("backup");
        Platform.Backup backup = new Platform.Backup(
                stated.flag(b, "pointInTimeRecovery", "platform.backup.pointInTimeRecovery", true,
                        "continuous WAL archiving with point-in-time recovery"),
                (int) stated.number(b, "fullBackupIntervalHours", "platform.backup.fullBackupIntervalHours", 24,
                        "a daily full (base) backup keeps WAL replay during a restore short"),
                (int) stated.number(b, "retentionDays", "platform.backup.retentionDays", 35,
                        "35 days, the longest automated-backup window of the common managed services"),
                Stated.optionalText(b, "region"),
                stated.number(b, "restoreGbPerHour", "platform.backup.restoreGbPerHour", DEFAULT_RESTORE_GB_PER_HOUR,
                        "≈ 55 MB/s for fetching a base backup from object storage and replaying WAL; "
                                + "measure yours in the restore drill"));
        return new Platform(Platform.Engine.valueOf(Stated.enumName(engine)), hosting, provider, managed,
                Stated.optionalNumber(p, "monthlyBudgetUsd"),
                Stated.optionalText(p, "topology").map(t -> Platform.Topology.valueOf(Stated.enumName(t))),
                Stated.optionalText(p, "replication").map(t -> Platform.Replication.valueOf(Stated.enumName(t))),
                backup);
    }
}
