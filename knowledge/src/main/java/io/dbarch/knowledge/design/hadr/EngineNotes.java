package io.dbarch.knowledge.design.hadr;

import io.dbarch.knowledge.design.Platform.Engine;
import java.util.Map;

/** How each engine provides the HA/DR building blocks, and what Snowflake provides instead. */
final class EngineNotes {

    static final Map<Engine, String> HA = Map.of(
            Engine.POSTGRESQL, "Streaming replication to hot standbys; `synchronous_standby_names = 'ANY 1 (s1, s2)'` "
                    + "for quorum commit; automatic failover by Patroni (self-run) or the managed service; "
                    + "pgBackRest or WAL-G for base backups and WAL archiving; logical replication for version upgrades "
                    + "and partial copies. Replicas are read-only.",
            Engine.MYSQL, "InnoDB Cluster (Group Replication, single-primary mode) or semi-synchronous replication "
                    + "(`rpl_semi_sync_source_wait_point = AFTER_SYNC`) for no-loss failover; MySQL Router or "
                    + "ProxySQL for routing; binary-log based point-in-time recovery; Percona XtraBackup or "
                    + "MySQL Enterprise Backup for physical backups.",
            Engine.SQLSERVER, "Always On availability groups: synchronous-commit replicas with automatic failover "
                    + "inside a region, asynchronous-commit replicas for DR; readable secondaries; full, "
                    + "differential and log backups (log every 5–15 min) give point-in-time restore.",
            Engine.ORACLE, "Data Guard: Maximum Availability (SYNC/AFFIRM to a nearby standby) or Maximum "
                    + "Performance (ASYNC) for distant DR, fast-start failover with an observer; Active Data Guard "
                    + "for read-only standbys; RMAN incremental backups with archived redo logs; RAC adds "
                    + "instance-level HA but shares one storage (not a DR answer).",
            Engine.SNOWFLAKE, "No servers to fail over: storage is replicated across zones by the service. "
                    + "Time Travel (1 day, up to 90 on Enterprise) and 7 days of Fail-safe replace point-in-time "
                    + "restore; database replication and failover groups (Business Critical) provide cross-region DR. "
                    + "It is an analytics platform; OLTP workloads belong on an OLTP engine.");

    private EngineNotes() {
    }
}
