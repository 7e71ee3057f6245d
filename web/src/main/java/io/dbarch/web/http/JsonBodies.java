package io.dbarch.web.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** Reads JSON request bodies; every failure is a 400 or 415 problem that says what was wrong and what works. */
public final class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = requireNonNull(json, "json");
    }

    /** The body as a JSON object; {@code example} shows the expected shape in error messages. */
    public JsonNode object(Context ctx, String example) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the request as JSON with 'Content-Type: application/json'.");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw invalid("The body is empty; send a JSON object like " + example + ".");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw invalid("The body is not valid JSON" + where + ".");
        } catch (IOException e) {
            throw invalid("The body could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw invalid("The body is empty; send a JSON object like " + example + ".");
        }
        if (!root.isObject()) {
            throw invalid("The body must be a JSON object like " + example + ".");
        }
        return root;
    }

    /** A required non-blank string field. */
    public static String text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (!node.isTextual()) {
            throw invalid("'" + field + "' is required and must be a string.");
        }
        if (node.asText().isBlank()) {
            throw invalid("'" + field + "' must not be blank.");
        }
        return node.asText();
    }

    /** An optional string field. */
    public static Optional<String> optionalText(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw invalid("'" + field + "' must be a string.");
        }
        return Optional.of(node.asText());
    }

    /** An optional integer field within bounds. */
    public static Optional<Integer> optionalInt(JsonNode root, String field, int min, int max) {
        JsonNode node = root.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            throw invalid("'" + field + "' must be a whole number from " + min + " to " + max + ".");
        }
        return Optional.of(node.asInt());
    }

    public static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }
}
