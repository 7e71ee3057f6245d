package io.dbarch.knowledge.migration;

import java.util.List;

/**
 * One window of a project's history: plan from the schema after migration {@code from} to the schema after
 * {@code to}, verified on a copy of the database at {@code from}.
 *
 * @param decisions decisions taken as a user would (the planner's rename suggestions, backfill constants)
 * @param reason    why it did not verify; empty when it did
 */
public record WindowResult(
        String project, int from, int to, Outcome outcome, String reason, List<String> decisions, int steps,
        long planMillis, long verifyMillis, String migration, String migrationProblem, List<String> lintErrors) {

    /** How the window ended. */
    public enum Outcome { VERIFIED, NO_CHANGE, REFUSED, FAILED }

    public WindowResult {
        decisions = List.copyOf(decisions);
        lintErrors = List.copyOf(lintErrors);
    }

    /** True when the window failed on a function the model does not carry and the plan said so. */
    public boolean functionNotModelled() {
        return reason.startsWith(WindowCheck.FUNCTION_NOT_MODELLED);
    }

    /** True when the window failed on rows the project's own migration changes (data, not schema). */
    public boolean dataChangedByProject() {
        return reason.startsWith(WindowCheck.DATA_CHANGED_BY_PROJECT);
    }

    public String asLine() {
        return project + " " + from + "->" + to + " " + outcome + " steps=" + steps + " plan=" + planMillis
                + "ms verify=" + verifyMillis + "ms" + (decisions.isEmpty() ? "" : " decided=" + decisions)
                + (reason.isEmpty() ? "" : " reason: " + reason) + (lintErrors.isEmpty() ? ""
                : " lint errors: " + lintErrors) + " [" + migration + "]";
    }
}
