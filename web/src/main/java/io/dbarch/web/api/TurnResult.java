package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.EscalationDraft;
import io.dbarch.agent.artifact.Artifact;
import java.util.List;

/** What the agent produced in one turn. */
record TurnResult(String answer, List<String> toolsUsed, List<Artifact> artifacts,
        List<EscalationDraft> escalations) {

    TurnResult {
        requireNonNull(answer, "answer");
        toolsUsed = List.copyOf(toolsUsed);
        artifacts = List.copyOf(artifacts);
        escalations = List.copyOf(escalations);
    }
}
