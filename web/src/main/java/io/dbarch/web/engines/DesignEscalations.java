package io.dbarch.web.engines;

import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.web.escalation.EscalationDraft;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rule engine's escalations as drafts to store and deliver. */
final class DesignEscalations {

    private DesignEscalations() {
    }

    static EscalationDraft draft(Escalation e, Optional<String> conversationId, String owner) {
        String conflict = String.join("; ", e.conflicting()) + ". " + e.why();
        String options = e.options().stream().map(o -> o.choice() + " (" + o.tradeOff() + ")")
                .collect(Collectors.joining("; "));
        String deciders = e.deciders().stream().map(Escalation.Decider::spelling).collect(Collectors.joining(", "));
        return new EscalationDraft(conversationId, owner, "design", e.severity().name().toLowerCase(Locale.ROOT),
                e.title() + " (" + e.ruleId() + ")", conflict, options, deciders);
    }
}
