package io.dbarch.web.api;

import static io.dbarch.web.http.JsonBodies.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.web.http.JsonBodies;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and validates a chat request body; every failure is a 400 problem that says what was wrong. */
final class ChatRequestParser {

    static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    static final int MAX_ATTACHMENTS = 10;
    private static final String EXAMPLE = "{\"message\": \"…\"}";

    private final JsonBodies bodies;

    ChatRequestParser(JsonBodies bodies) {
        this.bodies = bodies;
    }

    ChatRequest parse(Context ctx) {
        JsonNode root = bodies.object(ctx, EXAMPLE);
        List<Upload> attachments = attachments(root.path("attachments"));
        JsonNode message = root.path("message");
        if (!message.isTextual()) {
            throw invalid("'message' is required and must be a string.");
        }
        if (message.asText().isBlank() && attachments.isEmpty()) {
            throw invalid("'message' must not be blank.");
        }
        return new ChatRequest(conversationId(root.path("conversationId")), message.asText(), attachments);
    }

    private static Optional<String> conversationId(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || !CONVERSATION_ID.matcher(node.asText()).matches()) {
            throw invalid("'conversationId' must be 1-128 characters of letters, digits, '.', '_', ':' or '-' "
                    + "(use the id a previous answer returned, or leave it out to start a conversation).");
        }
        return Optional.of(node.asText());
    }

    private static List<Upload> attachments(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_ATTACHMENTS) {
            throw invalid("'attachments' must be an array of at most " + MAX_ATTACHMENTS
                    + " objects like {\"name\": \"schema.sql\", \"content\": \"CREATE TABLE …\"}.");
        }
        var uploads = new ArrayList<Upload>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode a = node.get(i);
            if (!a.path("name").isTextual() || !a.path("content").isTextual()) {
                throw invalid("attachments[" + i + "] needs a string 'name' and a string 'content' (the file's "
                        + "text).");
            }
            uploads.add(new Upload(a.get("name").asText(), a.get("content").asText()));
        }
        return uploads;
    }
}
