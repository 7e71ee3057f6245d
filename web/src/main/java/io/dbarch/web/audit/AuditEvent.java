package io.dbarch.web.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One audit record: who did what to what, when, and how it went. Never carries a secret or a message or DDL body;
 * {@code detail} holds sizes, counts and names only.
 *
 * @param actor   the token name, {@code local} without tokens, {@code slack:TEAM:USER}, or {@code system}
 * @param action  e.g. {@code chat.turn}, {@code tool.call}, {@code escalation.delivered}, {@code artifact.export}
 * @param target  e.g. a conversation, artifact or escalation id, or a method and path
 * @param outcome e.g. {@code ok}, {@code denied}, {@code 404}, {@code failed}
 */
public record AuditEvent(Instant at, String actor, String action, String target, String outcome, String detail) {

    public AuditEvent {
        requireNonNull(at, "at");
        actor = clean(actor, 128);
        action = clean(action, 60);
        target = clean(target, 300);
        outcome = clean(outcome, 40);
        detail = clean(detail, 1000);
    }

    private static String clean(String text, int max) {
        String flat = requireNonNull(text, "audit field").replaceAll("\\p{Cntrl}", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
