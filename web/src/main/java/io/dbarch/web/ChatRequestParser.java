package io.dbarch.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and validates a chat request body; every failure is a 400 problem that says what was wrong. */
final class ChatRequestParser {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ObjectMapper json;

    ChatRequestParser(ObjectMapper json) {
        this.json = json;
    }

    ChatRequest parse(byte[] body) {
        JsonNode root = readJson(body);
        if (!root.isObject()) {
            throw invalid("The body must be a JSON object like {\"message\": \"…\"}.");
        }
        JsonNode message = root.path("message");
        if (!message.isTextual()) {
            throw invalid("'message' is required and must be a string.");
        }
        if (message.asText().isBlank()) {
            throw invalid("'message' must not be blank.");
        }
        return new ChatRequest(conversationId(root.path("conversationId")), message.asText());
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

    private JsonNode readJson(byte[] body) {
        if (body.length == 0) {
            throw invalid("The body is empty; send a JSON object like {\"message\": \"…\"}.");
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw invalid("The body is empty; send a JSON object like {\"message\": \"…\"}.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw invalid("The body is not valid JSON" + where + ".");
        } catch (IOException e) {
            throw invalid("The body could not be read: " + e.getMessage());
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }
}
