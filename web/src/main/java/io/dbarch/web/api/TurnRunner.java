package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.dbarch.web.storage.StoredArtifact;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one agent turn. Attachments go to the agent inside the message, each as a fenced block named by its file,
 * and are stored beside the conversation as artifacts by the caller.
 */
final class TurnRunner {

    private final AdvisorAgent agent;

    TurnRunner(AdvisorAgent agent) {
        this.agent = requireNonNull(agent, "agent");
    }

    TurnResult run(String conversationId, ChatRequest request, List<StoredArtifact> uploaded,
            Consumer<String> onPartial) {
        AdvisorReply reply = agent.ask(conversationId, withAttachments(request));
        onPartial.accept(reply.answer());
        return new TurnResult(reply.answer(), reply.toolsUsed(), List.of(), List.of());
    }

    static String withAttachments(ChatRequest request) {
        if (request.attachments().isEmpty()) {
            return request.message();
        }
        var text = new StringBuilder(request.message());
        for (Upload u : request.attachments()) {
            String lang = u.name().toLowerCase(java.util.Locale.ROOT).endsWith(".sql") ? "sql" : "";
            text.append("\n\nAttached file ").append(u.name()).append(":\n```").append(lang).append('\n')
                    .append(u.content().replace("```", "` ` `")).append("\n```");
        }
        return text.toString();
    }
}
