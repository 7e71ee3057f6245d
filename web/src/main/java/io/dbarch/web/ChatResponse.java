package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer of {@code POST /api/chat}.
 *
 * @param artifacts   ids of artifacts produced in this turn (none yet)
 * @param escalations escalation notices raised in this turn (none yet)
 */
record ChatResponse(String conversationId, String answer, List<String> artifacts, List<String> escalations) {

    ChatResponse {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(answer, "answer");
        artifacts = List.copyOf(artifacts);
        escalations = List.copyOf(escalations);
    }
}
