package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Platform.Backup;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** An RPO shorter than the backup interval while point-in-time recovery is switched off. */
final class RpoVsBackupInterval implements EscalationRule {

    @Override
    public String id() {
        return "rpo-vs-backup-interval";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Backup backup = r.platform().backup();
        long intervalSeconds = backup.fullBackupIntervalHours() * 3600L;
        long rpo = r.slas().rpoSeconds();
        if (backup.pointInTimeRecovery() || rpo >= intervalSeconds) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "Without point-in-time recovery the RPO is the backup interval",
                List.of(Quote.of(r, "slas.rpoSeconds", rpo),
                        Quote.of(r, "platform.backup.pointInTimeRecovery", false),
                        Quote.of(r, "platform.backup.fullBackupIntervalHours", backup.fullBackupIntervalHours())),
                ("The newest state a backup can restore is the last full backup, up to %d hours (%,d s) old, "
                        + "%,.0f× the RPO of %d s. A standby does not help against a logical error, which it "
                        + "replicates at once.").formatted(backup.fullBackupIntervalHours(), intervalSeconds,
                        (double) intervalSeconds / Math.max(rpo, 1), rpo),
                List.of(new Option("Enable continuous WAL archiving (point-in-time recovery)",
                                "RPO of seconds to a minute (archive_timeout); WAL storage grows with the write rate"),
                        new Option("Take backups every " + Math.max(1, rpo / 3600) + " h",
                                "no WAL archive to run; heavy I/O from frequent full copies, and an RPO of hours")),
                List.of(INFRASTRUCTURE, PRODUCT)));
    }
}
