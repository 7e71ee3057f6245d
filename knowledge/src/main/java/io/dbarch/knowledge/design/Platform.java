package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Where and on what the database runs.
 *
 * @param topology    a topology already decided, when stated
 * @param replication a replication mode already decided, when stated
 */
public record Platform(
        Engine engine,
        String hosting,
        Optional<String> provider,
        boolean managed,
        Optional<Double> monthlyBudgetUsd,
        Optional<Topology> topology,
        Optional<Replication> replication,
        Backup backup) {

    public Platform {
        requireNonNull(engine, "engine");
        requireNonNull(hosting, "hosting");
        requireNonNull(provider, "provider");
        requireNonNull(monthlyBudgetUsd, "monthlyBudgetUsd");
        requireNonNull(topology, "topology");
        requireNonNull(replication, "replication");
        requireNonNull(backup, "backup");
    }

    /** Database engines the design knows. */
    public enum Engine {
        POSTGRESQL("PostgreSQL"), MYSQL("MySQL"), SQLSERVER("SQL Server"), ORACLE("Oracle"), SNOWFLAKE("Snowflake");

        private final String displayName;

        Engine(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** HA topologies, smallest first. */
    public enum Topology {
        SINGLE_INSTANCE, PRIMARY_STANDBY, MULTI_AZ, MULTI_REGION;

        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Replication commit mode. */
    public enum Replication {
        SYNCHRONOUS, ASYNCHRONOUS;

        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The backup regime.
     *
     * @param restoreGbPerHour restore throughput (stated, or the default assumption)
     */
    public record Backup(
            boolean pointInTimeRecovery,
            int fullBackupIntervalHours,
            int retentionDays,
            Optional<String> region,
            double restoreGbPerHour) {
        public Backup {
            requireNonNull(region, "region");
        }
    }
}
