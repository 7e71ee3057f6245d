package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to plan.
 *
 * @param mode                 {@link Mode#SAFE} (default) or {@link Mode#SIMPLE}
 * @param renames              explicit renames; a table or column that disappears while a compatible one appears
 *                             is otherwise reported as a possible rename and the plan is not ready
 * @param backfills            values for existing rows of new NOT NULL columns without a default, by
 *                             {@code table.column} (or {@code schema.table.column}): an SQL expression, e.g.
 *                             {@code 'unknown'} or {@code 0}
 * @param acceptDropAndAdd     plan possible renames as drop + add (losing the column's or table's data) instead
 *                             of asking
 * @param lockTimeout          {@code lock_timeout} set at the top of every script
 * @param statementTimeout     {@code statement_timeout} for scripts of quick DDL
 * @param longStatementTimeout {@code statement_timeout} for index builds, validations and backfills
 * @param batchSize            rows per backfill batch
 * @param firstVersion         the Flyway version of the first script (continue an existing history with its
 *                             next version)
 */
public record PlanOptions(
        Mode mode, List<RenameHint> renames, Map<String, String> backfills, boolean acceptDropAndAdd,
        Duration lockTimeout, Duration statementTimeout, Duration longStatementTimeout, int batchSize,
        int firstVersion) {

    public PlanOptions {
        requireNonNull(mode, "mode");
        renames = List.copyOf(renames);
        backfills = Map.copyOf(backfills);
        positive("lockTimeout", lockTimeout);
        positive("statementTimeout", statementTimeout);
        positive("longStatementTimeout", longStatementTimeout);
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 1000000, was " + batchSize);
        }
        if (firstVersion < 1) {
            throw new IllegalArgumentException("firstVersion must be 1 or more, was " + firstVersion);
        }
    }

    /** Safe mode, no hints, lock_timeout 5 s, statement_timeout 1 min (3 h for long steps), batches of 1000. */
    public static PlanOptions defaults() {
        return new PlanOptions(Mode.SAFE, List.of(), Map.of(), false, Duration.ofSeconds(5),
                Duration.ofMinutes(1), Duration.ofHours(3), 1000, 1);
    }

    public PlanOptions withMode(Mode newMode) {
        return new PlanOptions(newMode, renames, backfills, acceptDropAndAdd, lockTimeout, statementTimeout,
                longStatementTimeout, batchSize, firstVersion);
    }

    public PlanOptions withRenames(List<RenameHint> newRenames) {
        return new PlanOptions(mode, newRenames, backfills, acceptDropAndAdd, lockTimeout, statementTimeout,
                longStatementTimeout, batchSize, firstVersion);
    }

    public PlanOptions withBackfills(Map<String, String> newBackfills) {
        return new PlanOptions(mode, renames, newBackfills, acceptDropAndAdd, lockTimeout, statementTimeout,
                longStatementTimeout, batchSize, firstVersion);
    }

    public PlanOptions withAcceptDropAndAdd(boolean accept) {
        return new PlanOptions(mode, renames, backfills, accept, lockTimeout, statementTimeout,
                longStatementTimeout, batchSize, firstVersion);
    }

    public PlanOptions withFirstVersion(int version) {
        return new PlanOptions(mode, renames, backfills, acceptDropAndAdd, lockTimeout, statementTimeout,
                longStatementTimeout, batchSize, version);
    }

    private static void positive(String name, Duration d) {
        requireNonNull(d, name);
        if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(name + " must be between 1 ms and 24 h, was " + d);
        }
    }
}
