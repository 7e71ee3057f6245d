package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What running a list of statements in a sandbox database did, one outcome per non-blank statement, in order.
 * A failed statement does not stop the run (like psql without {@code ON_ERROR_STOP}).
 */
public record ScriptRun(List<StatementOutcome> outcomes) {

    public ScriptRun {
        outcomes = List.copyOf(outcomes);
    }

    public boolean succeeded() {
        return outcomes.stream().allMatch(StatementOutcome::ok);
    }

    public List<StatementOutcome> failures() {
        return outcomes.stream().filter(o -> !o.ok()).toList();
    }

    /** The outcome of the statement at {@code index} of the list given to {@code run}; empty if it was blank. */
    public Optional<StatementOutcome> outcome(int index) {
        return outcomes.stream().filter(o -> o.index() == index).findFirst();
    }

    public Duration totalDuration() {
        return outcomes.stream().map(StatementOutcome::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The outcome of one statement.
     *
     * @param index    position of the statement in the list given to {@code run} (0-based)
     * @param ok       true when PostgreSQL accepted the statement
     * @param sqlState the SQLSTATE of the error, e.g. {@code 42P01}; empty when ok
     * @param message  PostgreSQL's error message (with detail and hint when given); empty when ok
     */
    public record StatementOutcome(
            int index, boolean ok, Optional<String> sqlState, Optional<String> message, Duration duration) {

        public StatementOutcome {
            requireNonNull(sqlState, "sqlState");
            requireNonNull(message, "message");
            requireNonNull(duration, "duration");
        }

        static StatementOutcome success(int index, Duration duration) {
            return new StatementOutcome(index, true, Optional.empty(), Optional.empty(), duration);
        }

        static StatementOutcome failure(int index, String sqlState, String message, Duration duration) {
            return new StatementOutcome(index, false, Optional.ofNullable(sqlState).filter(s -> !s.isBlank()),
                    Optional.of(message), duration);
        }

        /** One line for a person, statements numbered from 1: {@code statement 4: ERROR 42P01: relation … }. */
        public String describe() {
            if (ok) {
                return "statement " + (index + 1) + ": ok (" + duration.toMillis() + " ms)";
            }
            return "statement " + (index + 1) + ": ERROR " + sqlState.map(s -> s + ": ").orElse("")
                    + message.orElse("");
        }
    }
}
