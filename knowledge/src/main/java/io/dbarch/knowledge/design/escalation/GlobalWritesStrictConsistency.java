package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Slas;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** Writes from several regions, strict consistency, and a latency target below the round trip between them. */
final class GlobalWritesStrictConsistency implements EscalationRule {

    @Override
    public String id() {
        return "global-writes-strict-consistency";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Slas slas = r.slas();
        if (!slas.consistency().strict()) {
            return Optional.empty();
        }
        return RegionPairs.farthest(slas.writeRegions())
                .filter(p -> !p.a().metro().equals(p.b().metro()) && slas.p99LatencyMs() < p.roundTrip().milliseconds())
                .map(p -> new Escalation(id(), Escalation.Severity.BLOCKER,
                        "Writes from several regions with strict consistency cannot meet the latency target",
                        List.of(Quote.of(r, "slas.writeRegions", slas.writeRegions()),
                                Quote.of(r, "slas.consistency", slas.consistency().spelling()),
                                Quote.of(r, "slas.p99LatencyMs", slas.p99LatencyMs())),
                        ("A %s write accepted in one region must be ordered against writes from the other before it "
                                + "commits, which costs at least one round trip: %s. That alone exceeds the p99 target "
                                + "of %d ms, before any disk or lock time. No engine avoids this; distributed SQL "
                                + "databases pay the same round trip inside their consensus protocol.")
                                .formatted(slas.consistency().spelling(), p.describe(), slas.p99LatencyMs()),
                        List.of(new Option("One write region (single primary in " + p.a().id() + ")",
                                        "writes from " + p.b().id() + " take about " + p.roundTrip().milliseconds()
                                                + " ms more; reads stay local from replicas"),
                                new Option("Home each tenant or user in one region (geo-partitioning)",
                                        "local latency for most writes; cross-home transactions still pay the round trip"),
                                new Option("Relax to read-your-writes or eventual with multi-primary",
                                        "local commits, but concurrent updates of the same row conflict and need "
                                                + "last-writer-wins or merge rules (lost updates are possible)"),
                                new Option("Raise the write latency target above " + (p.roundTrip().milliseconds() + 20) + " ms",
                                        "keeps strict consistency; users far from the leader feel every write")),
                        List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
