package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RPO 0 with asynchronous replication or with a single instance. */
final class RpoZeroWithoutSyncReplication implements EscalationRule {

    @Override
    public String id() {
        return "rpo-zero-without-sync-replication";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        Platform p = r.platform();
        boolean async = p.replication().filter(m -> m == Platform.Replication.ASYNCHRONOUS).isPresent();
        boolean single = p.topology().filter(t -> t == Platform.Topology.SINGLE_INSTANCE).isPresent();
        if (r.slas().rpoSeconds() != 0 || !async && !single) {
            return Optional.empty();
        }
        List<String> quotes = new ArrayList<>(List.of(Quote.of(r, "slas.rpoSeconds", 0)));
        async = async && quotes.add(Quote.of(r, "platform.replication", "asynchronous"));
        single = single && quotes.add(Quote.of(r, "platform.topology", "single-instance"));
        double writes = r.workload().peakWritesPerSecond();
        String why = async
                ? ("Asynchronous replication confirms a commit before any standby has its WAL. Replication lag is "
                        + "typically 10 ms to 1 s and grows under load; at the peak of %s writes/s a failover with 1 s "
                        + "of lag loses about %s committed transactions.").formatted(Quote.number(writes), Quote.number(Math.ceil(writes)))
                : ("A single instance has no second copy of the latest WAL: losing its disk loses every commit not yet "
                        + "archived (archive_timeout is commonly 60 s; at %s writes/s that is up to %s transactions).")
                        .formatted(Quote.number(writes), Quote.number(Math.ceil(writes * 60)));
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "RPO 0 needs synchronous replication", quotes, why,
                List.of(new Option("Synchronous replication to a standby in another zone (quorum: ANY 1 of 2)",
                                "+1 to 2 ms per commit within a region; with a single synchronous standby, "
                                        + "writes stop when it is down, so run two"),
                        new Option("Accept an RPO of a few seconds",
                                "simpler and faster commits; the last moments before a failure can be lost"),
                        new Option("Make the application idempotent and replayable from an upstream log",
                                "zero business loss without synchronous commits, at the cost of building the replay")),
                List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
