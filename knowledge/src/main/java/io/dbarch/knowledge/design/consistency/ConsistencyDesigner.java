package io.dbarch.knowledge.design.consistency;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.consistency.ConsistencyDesign.Anomalies;
import java.util.List;

/** Explains the anomalies each isolation level allows per engine and recommends a level and practice. */
public final class ConsistencyDesigner {

    static final List<Anomalies> LEVELS = List.of(
            new Anomalies("PostgreSQL", "read committed (default)", "non-repeatable reads, phantoms, lost updates in read-modify-write", "each statement sees a fresh snapshot"),
            new Anomalies("PostgreSQL", "repeatable read", "write skew", "snapshot isolation; concurrent updates of the same row fail with 40001"),
            new Anomalies("PostgreSQL", "serializable", "none", "SSI: aborts with 40001 instead of blocking; retry the transaction"),
            new Anomalies("MySQL InnoDB", "repeatable read (default)", "write skew; locking reads see newer rows than plain reads", "gap and next-key locks on locking reads"),
            new Anomalies("MySQL InnoDB", "serializable", "none", "plain SELECTs become locking reads: more lock waits and deadlocks"),
            new Anomalies("SQL Server", "read committed (default, locking)", "non-repeatable reads, phantoms", "readers block writers unless READ_COMMITTED_SNAPSHOT is on"),
            new Anomalies("SQL Server", "snapshot", "write skew", "row versions in tempdb; update conflicts abort"),
            new Anomalies("Oracle", "read committed (default)", "non-repeatable reads, phantoms", "statement-level read consistency from undo"),
            new Anomalies("Oracle", "serializable", "write skew", "really snapshot isolation; ORA-08177 on conflicting updates"),
            new Anomalies("Snowflake", "read committed (only)", "non-repeatable reads across statements", "not meant for contended OLTP transactions"));

    public Section<ConsistencyDesign> design(Requirements r) {
        requireNonNull(r, "r");
        var consistency = r.slas().consistency();
        String isolation = switch (consistency) {
            case SERIALIZABLE -> "serializable";
            case STRONG, READ_YOUR_WRITES, EVENTUAL -> "read committed";
        };
        String practice = switch (consistency) {
            case SERIALIZABLE -> "Run every transaction at SERIALIZABLE and retry on SQLSTATE 40001 (up to 3 times with jitter); keep transactions short.";
            case STRONG -> "Read committed on the primary, with SELECT … FOR UPDATE (or an atomic UPDATE … SET x = x + 1) for every read-modify-write, and a CHECK or unique constraint for every invariant.";
            case READ_YOUR_WRITES -> "Read from replicas, except a user's reads for a few seconds after their own write go to the primary (or wait until the replica has replayed the write's LSN).";
            case EVENTUAL -> "Replicas and caches may serve reads; show data as of a time and design screens to tolerate a few seconds of lag.";
        };
        List<String> multiRegion = List.of(
                "One write region, replicas elsewhere: local reads, remote writes pay the round trip; strong consistency on the primary.",
                "Synchronous commit to another region: zero loss on region failure; every commit waits one inter-region round trip.",
                "Distributed SQL (Spanner, CockroachDB, YugabyteDB): serializable across regions; writes pay consensus round trips, and the migration is large.",
                "Multi-primary with conflict resolution: local writes everywhere; concurrent updates conflict (last-writer-wins loses updates, CRDTs need data types designed for merging).");
        ConsistencyDesign d = new ConsistencyDesign(isolation, practice, LEVELS, multiRegion);
        return new Section<>("consistency", "Consistency", markdown(r, d), d);
    }

    private static String markdown(Requirements r, ConsistencyDesign d) {
        StringBuilder md = new StringBuilder();
        md.append("**Required:** ").append(r.slas().consistency().spelling()).append(". **Use:** ").append(d.isolation())
                .append(". ").append(d.practice()).append("\n\n| engine | level | anomalies allowed | notes |\n|---|---|---|---|\n");
        d.levels().forEach(a -> md.append("| %s | %s | %s | %s |\n".formatted(a.engine(), a.level(), a.allows(), a.notes())));
        md.append("\n### Across regions\n\n");
        d.multiRegion().forEach(x -> md.append("- ").append(x).append('\n'));
        return md.toString();
    }
}
