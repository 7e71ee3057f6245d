package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An escalation to store: everything but the id and the time. */
public record EscalationDraft(Optional<String> conversationId, String owner, String source, String severity,
        String title, String conflict, String options, String decider) {

    public EscalationDraft {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(owner, "owner");
        requireNonNull(source, "source");
        requireNonNull(severity, "severity");
        requireNonNull(title, "title");
        requireNonNull(conflict, "conflict");
        requireNonNull(options, "options");
        requireNonNull(decider, "decider");
    }
}
