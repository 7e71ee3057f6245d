package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What running a plan on the PostgreSQL sandbox showed.
 *
 * @param status       verified, failed, or skipped (with the reason in {@code summary})
 * @param summary      a few lines for a person or a model
 * @param steps        each script Flyway ran, with its duration, in order
 * @param failure      the first error, with the script, line and statement, when one failed
 * @param differences  what still differs between the migrated database and the target (empty when verified)
 * @param dataLosses   tables or columns whose rows or values did not survive although the plan does not drop them
 * @param sampleRows   rows inserted into the source before migrating, in all tables
 * @param sampleNotes  tables that could not get sample rows, and why
 * @param duration     wall-clock time of the whole verification
 */
public record Verification(
        Status status, String summary, List<StepRun> steps, Optional<Failure> failure, List<String> differences,
        List<String> dataLosses, long sampleRows, List<String> sampleNotes, Duration duration) {

    /** The outcome. */
    public enum Status { VERIFIED, FAILED, SKIPPED }

    /** One script as Flyway ran it. */
    public record StepRun(int version, String script, Duration duration, boolean ok) {

        public StepRun {
            requireNonNull(script, "script");
            requireNonNull(duration, "duration");
        }
    }

    /**
     * The first error.
     *
     * @param stage     {@code source schema}, {@code sample rows}, {@code migration} or {@code target schema}
     * @param script    the file that failed (empty when not a migration script)
     * @param line      its line, 0 when unknown
     * @param statement the failing statement
     * @param sqlState  PostgreSQL's SQLSTATE, e.g. {@code 23502}
     * @param message   PostgreSQL's message
     */
    public record Failure(String stage, String script, int line, String statement, String sqlState, String message) {

        public Failure {
            requireNonNull(stage, "stage");
            requireNonNull(script, "script");
            requireNonNull(statement, "statement");
            requireNonNull(sqlState, "sqlState");
            requireNonNull(message, "message");
        }

        public String asLine() {
            return stage + (script.isEmpty() ? "" : " " + script + (line > 0 ? ":" + line : "")) + ": "
                    + (sqlState.isEmpty() ? "" : sqlState + " ") + message
                    + (statement.isEmpty() ? "" : " in: " + abbreviate(statement));
        }

        private static String abbreviate(String sql) {
            String one = sql.replaceAll("\\s+", " ").strip();
            return one.length() > 300 ? one.substring(0, 300) + "…" : one;
        }
    }

    public Verification {
        requireNonNull(status, "status");
        requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
        requireNonNull(failure, "failure");
        differences = List.copyOf(differences);
        dataLosses = List.copyOf(dataLosses);
        sampleNotes = List.copyOf(sampleNotes);
        requireNonNull(duration, "duration");
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }

    static Verification skipped(String why, Duration duration) {
        return new Verification(Status.SKIPPED, "Not verified: " + why, List.of(), Optional.empty(), List.of(),
                List.of(), 0, List.of(), duration);
    }
}
