package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.EscalationDraft;
import io.dbarch.web.storage.StoredArtifact;
import java.util.List;

/** What the agent produced in one turn. */
record TurnResult(String answer, List<String> toolsUsed, List<StoredArtifact> artifacts,
        List<EscalationDraft> escalations) {

    TurnResult {
        requireNonNull(answer, "answer");
        toolsUsed = List.copyOf(toolsUsed);
        artifacts = List.copyOf(artifacts);
        escalations = List.copyOf(escalations);
    }
}
