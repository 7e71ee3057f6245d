package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

/**
 * One problem found by a rule.
 *
 * @param ruleId   the stable kebab-case id of the rule, e.g. {@code prefer-timestamptz}
 * @param message  what is wrong and why, naming the object
 * @param help     what to do, with corrected DDL where one exists
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String help) {

    public Finding {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(severity, "severity");
        requireNonNull(location, "location");
        requireNonNull(message, "message");
        requireNonNull(help, "help");
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, help);
    }

    /** {@code file:line:col severity rule-id message}. */
    public String asLine() {
        return location.position() + " " + severity.id() + " " + ruleId + " " + message;
    }
}
