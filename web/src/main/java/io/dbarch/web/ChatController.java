package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/chat}: one chat turn. */
final class ChatController {

    private final AdvisorAgent agent;
    private final ChatRequestParser parser;

    ChatController(AdvisorAgent agent, ObjectMapper json) {
        this.agent = requireNonNull(agent, "agent");
        this.parser = new ChatRequestParser(json);
    }

    void chat(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as JSON with 'Content-Type: application/json'.");
        }
        ChatRequest request = parser.parse(ctx.bodyAsBytes());
        String conversationId = request.conversationId().orElseGet(() -> UUID.randomUUID().toString());
        AdvisorReply reply = agent.ask(conversationId, request.message());
        ctx.json(new ChatResponse(conversationId, reply.answer(), List.of(), List.of()));
    }
}
