package io.dbarch.agent;

import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.agent.escalation.EscalationNotice;
import io.dbarch.agent.intake.PreparedInput;
import java.util.List;

/** One turn in progress: what the model gets, and what existed before it (to tell what the turn made). */
record Turn(String conversationId, PreparedInput input, List<String> artifactsBefore, int escalationsBefore,
        ArtifactStore artifacts, EscalationLog escalations) {

    List<Content> content() {
        return List.of(TextContent.from(input.text()));
    }

    AdvisorReply reply(String answer, List<String> tools) {
        List<Artifact> made = artifacts.list(conversationId).stream()
                .filter(a -> !artifactsBefore.contains(a.id())).toList();
        List<EscalationNotice> raised = escalations.list(conversationId);
        return new AdvisorReply(answer, tools, made,
                raised.subList(Math.min(escalationsBefore, raised.size()), raised.size()));
    }
}
