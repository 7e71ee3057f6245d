package io.dbarch.knowledge.lint.rules;

/** A migration that locks existing objects without SET lock_timeout. */
final class RequireLockTimeout extends TimeoutRule {

    @Override public String id() { return "require-lock-timeout"; }
    @Override public String summary() { return "Set lock_timeout before statements that lock existing tables."; }
    @Override String setting() { return "lock_timeout"; }
    @Override String example() { return "2s"; }

    @Override
    String why() {
        return "if another session holds a conflicting lock, the statement waits for it indefinitely while every"
                + " later query on the table queues behind the waiting lock request, which can stall the application.";
    }
}
