package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

/**
 * A change the planner does not produce steps for, and why; the plan is then not ready, rather than wrong.
 *
 * @param subject the object, e.g. {@code public.events}
 * @param reason  why, and what would work, e.g. {@code changing a partition key needs a new table and a copy}
 */
public record Refusal(String subject, String reason) {

    public Refusal {
        requireNonNull(subject, "subject");
        requireNonNull(reason, "reason");
    }

    public String asLine() {
        return subject + ": " + reason;
    }
}
