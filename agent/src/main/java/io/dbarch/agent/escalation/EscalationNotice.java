package io.dbarch.agent.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A conflict in the stated requirements that a person with authority must resolve.
 *
 * @param conversationId where it was raised
 * @param title          one line, e.g. {@code RPO 0 with asynchronous replication}
 * @param conflict       which requirements conflict and why
 * @param options        the ways out and what each gives up
 * @param decider        who must decide, e.g. {@code product}, {@code infrastructure}, {@code compliance}
 * @param raisedAt       when
 */
public record EscalationNotice(String conversationId, String title, String conflict, String options,
        String decider, Instant raisedAt) {

    public EscalationNotice {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(title, "title");
        requireNonNull(conflict, "conflict");
        requireNonNull(options, "options");
        requireNonNull(decider, "decider");
        requireNonNull(raisedAt, "raisedAt");
    }
}
