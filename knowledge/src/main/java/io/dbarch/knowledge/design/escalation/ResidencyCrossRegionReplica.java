package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;

import io.dbarch.knowledge.design.RegionCatalog.Region;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Data residency restricted to some jurisdictions while a replica or DR region lies outside them. */
final class ResidencyCrossRegionReplica implements EscalationRule {

    @Override
    public String id() {
        return "residency-cross-region-replica";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        List<Region> outside = Residency.outside(r, r.slas().regions());
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        Residency.alternative(r, "replica and DR copy").ifPresent(options::add);
        options.add(new Option("Replicate only data that is not personal (logical replication with column lists)",
                "DR outside the jurisdiction for the rest; personal data is then not recoverable from there"));
        options.add(new Option("Keep the region and establish a lawful transfer mechanism",
                "legal work (e.g. standard contractual clauses and a transfer impact assessment); may be refused"));
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "A replica region lies outside the data-residency jurisdictions",
                List.of(Quote.of(r, "compliance.dataResidency", r.compliance().dataResidency()),
                        Quote.of(r, "slas.regions", r.slas().regions())),
                "Data must stay in " + String.join(", ", r.compliance().dataResidency()) + ", but "
                        + Residency.labels(outside) + " would hold a full physical copy through replication.",
                options, List.of(COMPLIANCE, INFRASTRUCTURE)));
    }
}
