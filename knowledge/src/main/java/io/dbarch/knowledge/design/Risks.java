package io.dbarch.knowledge.design;

import io.dbarch.knowledge.design.analytics.AnalyticsDesign;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.knowledge.design.hadr.HaDrDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.ArrayList;
import java.util.List;

/** The risks the design carries, from its own choices and from warnings that were raised. */
final class Risks {

    private Risks() {
    }

    static List<String> of(Requirements r, SchemaDesign schema, HaDrDesign hadr, CapacityPlan capacity,
                           AnalyticsDesign analytics, List<Escalation> escalations) {
        List<String> risks = new ArrayList<>();
        escalations.stream().filter(e -> e.severity() == Escalation.Severity.WARNING)
                .forEach(e -> risks.add(e.title() + " (accepted only if decided; see `" + e.ruleId() + "`)."));
        if (schema.tables().stream().anyMatch(TableDesign::tenantScoped)) {
            risks.add("Row-level security protects only non-owner roles without BYPASSRLS; a job connecting as the owner sees every tenant.");
        }
        if (schema.tables().stream().anyMatch(t -> t.partitionKey().isPresent())) {
            risks.add("Monthly partitions must exist before their month starts; schedule their creation (pg_partman or a job) and alert when fewer than 2 future partitions exist.");
        }
        if (!hadr.synchronous() && hadr.standbys() > 0) {
            risks.add("Asynchronous replication: a failover loses what the standby had not replayed (alarm on lag above half the RPO of " + r.slas().rpoSeconds() + " s).");
        }
        if (analytics.approach().equals("cdc")) {
            risks.add("A stalled CDC consumer makes its replication slot pin WAL until the disk fills; cap it and alert on slot lag.");
        }
        if (capacity.sharding().neededWithinThreeYears()) {
            risks.add("Growth reaches a single-primary limit within three years: " + capacity.sharding().limitingFactor() + ".");
        }
        risks.add("Every number here rests on the stated workload and the assumptions listed; re-run the design when measurements differ.");
        return risks;
    }
}
