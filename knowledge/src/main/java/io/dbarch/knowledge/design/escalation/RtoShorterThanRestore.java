package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.INFRASTRUCTURE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.capacity.RestoreEstimate;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** An RTO shorter than a restore of the stated data size can take. */
final class RtoShorterThanRestore implements EscalationRule {

    @Override
    public String id() {
        return "rto-shorter-than-restore";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        RestoreEstimate restore = RestoreEstimate.of(r);
        long rto = r.slas().rtoMinutes();
        if (restore.totalMinutes() <= rto) {
            return Optional.empty();
        }
        boolean single = r.platform().topology().filter(t -> t == Platform.Topology.SINGLE_INSTANCE).isPresent();
        return Optional.of(new Escalation(id(), single ? Escalation.Severity.BLOCKER : Escalation.Severity.WARNING,
                "A restore from backup takes longer than the RTO",
                List.of(Quote.of(r, "slas.rtoMinutes", rto),
                        Quote.of(r, "workload.dataSizeGb", Quote.number(Math.round(restore.dataGb()))),
                        Quote.of(r, "platform.backup.restoreGbPerHour", Quote.number(r.platform().backup().restoreGbPerHour()))),
                restore.explanation() + " That exceeds the RTO of " + rto + " minutes. "
                        + (single ? "With a single instance every failure of its storage is such a restore."
                        : "Failover to a standby covers host and zone loss within minutes, but a logical error "
                        + "(a bad migration, a mass delete, corruption) replicates to the standby and needs a restore."),
                List.of(new Option("Run a delayed standby (e.g. recovery_min_apply_delay = 1h)",
                                "recovers from logical errors in minutes by promoting the delayed copy; one more instance to pay for"),
                        new Option("Restore from storage snapshots instead of base backups",
                                "minutes to a usable volume; blocks load lazily, so the first hour runs slower"),
                        new Option("State two RTOs: " + rto + " min for failures, "
                                        + (int) Math.ceil(restore.totalMinutes() / 60.0) + " h for data corruption",
                                "honest and cheap; the business must accept the longer outage for the rarer event"),
                        new Option("Split the data (per-tenant or per-domain databases, archive cold partitions)",
                                "smaller restore units restore faster; more databases to operate")),
                List.of(PRODUCT, INFRASTRUCTURE)));
    }
}
