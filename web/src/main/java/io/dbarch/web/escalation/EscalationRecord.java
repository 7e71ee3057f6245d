package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored escalation: requirements that cannot all hold, and who must decide.
 *
 * @param conversationId the conversation it was raised in; empty for the engines called directly
 * @param owner          who may see it (the conversation's owner or the API caller)
 * @param source         {@code agent} or {@code design}
 * @param severity       {@code blocker}, {@code warning} or {@code notice}
 */
public record EscalationRecord(String id, Optional<String> conversationId, String owner, String source,
        String severity, String title, String conflict, String options, String decider, Instant raisedAt) {

    public EscalationRecord {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(owner, "owner");
        requireNonNull(source, "source");
        requireNonNull(severity, "severity");
        requireNonNull(title, "title");
        requireNonNull(conflict, "conflict");
        requireNonNull(options, "options");
        requireNonNull(decider, "decider");
        requireNonNull(raisedAt, "raisedAt");
    }
}
