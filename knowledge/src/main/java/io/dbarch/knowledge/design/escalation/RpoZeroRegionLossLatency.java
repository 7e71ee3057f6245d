package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Slas;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** No data loss on the loss of a region, with a latency target below the round trip to the nearest other region. */
final class RpoZeroRegionLossLatency implements EscalationRule {

    @Override
    public String id() {
        return "rpo-zero-region-loss-latency";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Slas slas = r.slas();
        if (slas.rpoSeconds() != 0 || slas.rpoScope() != Slas.FailureScope.REGION) {
            return Optional.empty();
        }
        return RegionPairs.nearestToPrimary(slas.regions())
                .filter(p -> slas.p99LatencyMs() < p.roundTrip().milliseconds() + 2)
                .map(p -> new Escalation(id(), Escalation.Severity.BLOCKER,
                        "Zero data loss on region loss costs a cross-region round trip on every commit",
                        List.of(Quote.of(r, "slas.rpoSeconds", 0), Quote.of(r, "slas.rpoScope", "region"),
                                Quote.of(r, "slas.regions", slas.regions()),
                                Quote.of(r, "slas.p99LatencyMs", slas.p99LatencyMs())),
                        ("To lose nothing when %s fails, each commit must wait until another region holds its WAL: "
                                + "%s, plus about 2 ms for the local flush. Every write then takes at least %d ms, "
                                + "above the p99 target of %d ms.").formatted(p.a().id(), p.describe(),
                                p.roundTrip().milliseconds() + 2, slas.p99LatencyMs()),
                        List.of(new Option("RPO 0 for zone loss, seconds for region loss",
                                        "synchronous standby in another zone (+1 to 2 ms), asynchronous replica in "
                                                + p.b().id() + "; a region loss can lose the last seconds of writes"),
                                new Option("Raise the write latency target to " + (p.roundTrip().milliseconds() + 10) + " ms",
                                        "zero loss on region failure; every write pays the round trip, and writes "
                                                + "stop when the remote region is unreachable unless a quorum of three regions is used"),
                                new Option("Choose a closer region pair",
                                        "round trips of 5 to 15 ms exist between nearby regions, at the cost of "
                                                + "both regions sharing more regional risk")),
                        List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
