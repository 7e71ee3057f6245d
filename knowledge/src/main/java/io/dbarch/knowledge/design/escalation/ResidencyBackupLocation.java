package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;

import io.dbarch.knowledge.design.RegionCatalog.Region;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Data residency restricted while backups are copied to a region outside the allowed jurisdictions. */
final class ResidencyBackupLocation implements EscalationRule {

    @Override
    public String id() {
        return "residency-backup-location";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Optional<String> backupRegion = r.platform().backup().region();
        List<Region> outside = Residency.outside(r, backupRegion.stream().toList());
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        Residency.alternative(r, "backup copy").ifPresent(options::add);
        options.add(new Option("Encrypt backups with a key held only inside the jurisdiction",
                "reduces exposure, but most regulators still treat an encrypted copy abroad as a transfer"));
        options.add(new Option("Keep backups only in the primary region",
                "compliant and simple; a regional disaster can then destroy the data and its backups together"));
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "Backups are copied outside the data-residency jurisdictions",
                List.of(Quote.of(r, "compliance.dataResidency", r.compliance().dataResidency()),
                        Quote.of(r, "platform.backup.region", backupRegion.get())),
                "Backups hold every row, including personal data, and " + Residency.labels(outside)
                        + " is outside " + String.join(", ", r.compliance().dataResidency()) + ".",
                options, List.of(COMPLIANCE, INFRASTRUCTURE)));
    }
}
