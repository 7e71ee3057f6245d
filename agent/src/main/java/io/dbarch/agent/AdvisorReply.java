package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.escalation.EscalationNotice;
import java.util.List;

/**
 * One answer of the advisor.
 *
 * @param answer      the answer text (Markdown-like: {@code ## } headings, fenced code blocks, {@code - } lists)
 * @param toolsUsed   the names of the tools that ran for this answer, in order
 * @param artifacts   the artifacts stored during this turn (inputs moved out of the message, tool outputs)
 * @param escalations the escalations raised during this turn
 */
public record AdvisorReply(String answer, List<String> toolsUsed, List<Artifact> artifacts,
        List<EscalationNotice> escalations) {

    public AdvisorReply {
        requireNonNull(answer, "answer");
        toolsUsed = List.copyOf(toolsUsed);
        artifacts = List.copyOf(artifacts);
        escalations = List.copyOf(escalations);
    }

    public AdvisorReply(String answer, List<String> toolsUsed) {
        this(answer, toolsUsed, List.of(), List.of());
    }
}
