package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** An availability target above what one database instance can deliver. */
final class AvailabilitySingleInstance implements EscalationRule {

    /** Best availability a single instance reaches: managed single-instance SLAs are 99.5 to 99.9%. */
    static final double SINGLE_INSTANCE_CEILING = 99.9;
    /** Minor-version patching restarts the instance about monthly, each for about 5 minutes. */
    static final double PATCH_MINUTES_PER_YEAR = 12 * 5;
    /** Replacing a failed host and recovering takes 20 to 60 minutes; assume one a year. */
    static final double HOST_FAILURE_MINUTES_PER_YEAR = 40;

    @Override
    public String id() {
        return "availability-single-instance";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        double target = r.slas().availabilityPercent();
        boolean single = r.platform().topology().filter(t -> t == Platform.Topology.SINGLE_INSTANCE).isPresent();
        if (!single || target <= SINGLE_INSTANCE_CEILING) {
            return Optional.empty();
        }
        double budget = r.slas().downtimeMinutesPerYear();
        double expected = PATCH_MINUTES_PER_YEAR + HOST_FAILURE_MINUTES_PER_YEAR;
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "The availability target needs more than one instance",
                List.of(Quote.of(r, "slas.availabilityPercent", Quote.number(target)),
                        Quote.of(r, "platform.topology", "single-instance")),
                ("%s%% allows %.0f minutes of downtime a year. A single instance is down for every minor-version "
                        + "patch (about 12 restarts × 5 min = %.0f min) and for each host failure (20 to 60 min; "
                        + "%.0f min assumed once a year): about %.0f minutes, %.1f× the budget, before any "
                        + "major upgrade. Managed single-instance SLAs are 99.5%% to 99.9%%.")
                        .formatted(Quote.number(target), budget, PATCH_MINUTES_PER_YEAR, HOST_FAILURE_MINUTES_PER_YEAR,
                                expected, expected / budget),
                List.of(new Option("Primary + standby in another zone with automatic failover",
                                "failovers of 30 to 120 s; roughly doubles the instance cost"),
                        new Option("Lower the target to 99.9%",
                                "single instance stays; 526 minutes of downtime a year allowed")),
                List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
