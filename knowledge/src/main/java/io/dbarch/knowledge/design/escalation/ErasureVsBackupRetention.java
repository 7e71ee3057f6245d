package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** Erasure within N days while backups keep erased rows for longer than N days. */
final class ErasureVsBackupRetention implements EscalationRule {

    @Override
    public String id() {
        return "erasure-vs-backup-retention";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        int deadline = r.compliance().erasureDeadlineDays();
        int kept = r.platform().backup().retentionDays();
        if (!r.compliance().rightToErasure() || kept <= deadline || r.domain().personalDataEntities().isEmpty()
                && !r.domain().entities().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.WARNING,
                "Backups keep erased personal data longer than the erasure deadline",
                List.of(Quote.of(r, "compliance.rightToErasure", true),
                        Quote.of(r, "compliance.erasureDeadlineDays", deadline),
                        Quote.of(r, "platform.backup.retentionDays", kept)),
                ("A row deleted today stays in every backup taken before the deletion for up to %d days, %d days "
                        + "past the %d-day erasure deadline; restoring one of those backups brings the person back.")
                        .formatted(kept, kept - deadline, deadline),
                List.of(new Option("Keep an erasure ledger and re-apply it after every restore",
                                "backups stay as they are; regulators generally accept this when it is documented "
                                        + "and the restore runbook enforces it"),
                        new Option("Crypto-shred personal data (per-person keys kept outside the backups)",
                                "erasure reaches backups instantly; adds key management to every read of personal fields"),
                        new Option("Shorten backup retention to " + deadline + " days",
                                "simple; point-in-time recovery cannot reach further back than " + deadline + " days")),
                List.of(COMPLIANCE, INFRASTRUCTURE)));
    }
}
