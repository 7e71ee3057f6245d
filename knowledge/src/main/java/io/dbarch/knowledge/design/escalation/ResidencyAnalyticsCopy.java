package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.RegionCatalog.Region;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Data residency restricted while the analytics copy (warehouse) lives outside the allowed jurisdictions. */
final class ResidencyAnalyticsCopy implements EscalationRule {

    @Override
    public String id() {
        return "residency-analytics-copy";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        if (!r.analytics().needed()) {
            return Optional.empty();
        }
        Optional<String> region = r.analytics().region();
        List<Region> outside = Residency.outside(r, region.stream().toList());
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        Residency.alternative(r, "warehouse").ifPresent(options::add);
        options.add(new Option("Export only aggregates or pseudonymised columns",
                "the warehouse keeps no personal data; analysts lose row-level drill-down to a person"));
        options.add(new Option("Keep analytics on a read replica inside the jurisdiction",
                "no transfer; heavy reports compete with replication on the replica"));
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "The analytics copy lies outside the data-residency jurisdictions",
                List.of(Quote.of(r, "compliance.dataResidency", r.compliance().dataResidency()),
                        Quote.of(r, "analytics.region", region.get())),
                "Change data capture copies rows as they are, personal data included, to " + Residency.labels(outside)
                        + ", outside " + String.join(", ", r.compliance().dataResidency()) + ".",
                options, List.of(COMPLIANCE, PRODUCT)));
    }
}
