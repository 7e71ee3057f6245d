package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.ENGINEERING;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.PlannedChange;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.capacity.SizeModel;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Zero downtime while a planned change has no online technique and rewrites a table under an exclusive lock. */
final class ZeroDowntimeBlockingChange implements EscalationRule {

    /** A rewrite copies the heap and rebuilds every index; 100 GB/h is typical on cloud SSD storage. */
    static final double REWRITE_GB_PER_HOUR = 100;

    @Override
    public String id() {
        return "zero-downtime-blocking-change";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        if (!r.slas().zeroDowntime()) {
            return Optional.empty();
        }
        List<PlannedChange> blocking = r.changes().stream().filter(c -> c.kind().onlineTechnique().isEmpty()).toList();
        if (blocking.isEmpty()) {
            return Optional.empty();
        }
        List<String> quotes = new ArrayList<>(List.of(Quote.of(r, "slas.zeroDowntime", true)));
        List<String> locks = new ArrayList<>();
        for (PlannedChange c : blocking) {
            quotes.add("changes: " + c.kind().spelling() + " — " + c.description());
            double gb = c.entity().flatMap(e -> r.domain().entity(e))
                    .map(e -> SizeModel.of(r, e, 0).totalGb()).orElse(0.0);
            locks.add(gb > 0 ? "'%s' rewrites %s (about %,.1f GB incl. indexes) under an ACCESS EXCLUSIVE lock: "
                    .formatted(c.kind().spelling(), c.entity().get(), gb)
                    + "%,.0f minutes at %,.0f GB/h with every read and write of the table blocked"
                    .formatted(gb / REWRITE_GB_PER_HOUR * 60, REWRITE_GB_PER_HOUR)
                    : "'%s' rewrites its table under an ACCESS EXCLUSIVE lock that blocks every read and write"
                    .formatted(c.kind().spelling()));
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "A planned change blocks the table it changes", quotes, String.join("; ", locks) + ".",
                List.of(new Option("Expand and contract: add a new column, backfill in batches, switch, drop the old one",
                                "no blocking lock; several releases and a trigger or dual writes during the backfill"),
                        new Option("Blue/green cutover with logical replication to a migrated copy",
                                "seconds of write pause at the switch; needs twice the storage and a rehearsed cutover"),
                        new Option("Accept a maintenance window for this change",
                                "simplest; the zero-downtime promise gets a documented exception")),
                List.of(PRODUCT, ENGINEERING)));
    }
}
