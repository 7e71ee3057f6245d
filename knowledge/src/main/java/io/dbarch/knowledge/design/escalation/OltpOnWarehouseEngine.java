package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.ENGINEERING;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** Transactional latency or write rates asked of a warehouse engine. */
final class OltpOnWarehouseEngine implements EscalationRule {

    /** Warehouse statements typically take 100 ms to seconds (compilation, micro-partition pruning, warm-up). */
    static final int WAREHOUSE_TYPICAL_MS = 100;
    /** Single-row DML rewrites micro-partitions; sustained rates above this belong in an OLTP engine. */
    static final double WAREHOUSE_WRITES_PER_SECOND = 50;

    @Override
    public String id() {
        return "oltp-on-warehouse-engine";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        if (r.platform().engine() != Platform.Engine.SNOWFLAKE) {
            return Optional.empty();
        }
        int p99 = r.slas().p99LatencyMs();
        double writes = r.workload().peakWritesPerSecond();
        if (p99 >= 5 * WAREHOUSE_TYPICAL_MS && writes <= WAREHOUSE_WRITES_PER_SECOND) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "A warehouse engine is asked to serve transactional traffic",
                List.of(Quote.of(r, "platform.engine", "snowflake"), Quote.of(r, "slas.p99LatencyMs", p99),
                        Quote.of(r, "workload.peakWritesPerSecond", Quote.number(writes))),
                ("Snowflake statements typically take %d ms to seconds and single-row writes rewrite "
                        + "micro-partitions; a p99 of %d ms and %s writes/s at peak (above ~%.0f/s) is OLTP work.")
                        .formatted(WAREHOUSE_TYPICAL_MS, p99, Quote.number(writes), WAREHOUSE_WRITES_PER_SECOND),
                List.of(new Option("PostgreSQL or MySQL for the application, CDC into Snowflake for analytics",
                                "each engine does what it is built for; one more system and a pipeline to run"),
                        new Option("Snowflake hybrid tables for the transactional part",
                                "one platform; check their current limits on size, throughput and regions first")),
                List.of(ENGINEERING, PRODUCT)));
    }
}
