package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** An RTO longer than the whole yearly downtime budget of the availability target. */
final class RtoExceedsDowntimeBudget implements EscalationRule {

    @Override
    public String id() {
        return "rto-exceeds-downtime-budget";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        double budget = r.slas().downtimeMinutesPerYear();
        long rto = r.slas().rtoMinutes();
        if (rto <= budget) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.WARNING,
                "One recovery within the RTO would use more than a year's downtime budget",
                List.of(Quote.of(r, "slas.availabilityPercent", Quote.number(r.slas().availabilityPercent())),
                        Quote.of(r, "slas.rtoMinutes", rto)),
                ("%s%% availability allows %.0f minutes of downtime a year; an outage that uses the full RTO of %d "
                        + "minutes breaks the availability target on its own (%.1f× the budget).")
                        .formatted(Quote.number(r.slas().availabilityPercent()), budget, rto, rto / budget),
                List.of(new Option("Shorten the RTO to " + (long) Math.floor(budget / 2) + " minutes or less",
                                "needs automatic failover to a ready standby, not a restore"),
                        new Option("Lower the availability target to match the RTO",
                                "honest numbers; the SLA promised to customers drops")),
                List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
