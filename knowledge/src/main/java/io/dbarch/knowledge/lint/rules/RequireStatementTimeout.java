package io.dbarch.knowledge.lint.rules;

/** A migration that locks existing objects without SET statement_timeout. */
final class RequireStatementTimeout extends TimeoutRule {

    @Override public String id() { return "require-statement-timeout"; }
    @Override public String summary() { return "Set statement_timeout so a slow migration statement cannot hold locks for long."; }
    @Override String setting() { return "statement_timeout"; }
    @Override String example() { return "5min"; }

    @Override
    String why() {
        return "a statement that turns out slower than expected (a rewrite, a validation scan) holds its locks for as"
                + " long as it runs, blocking the application with no upper bound.";
    }
}
