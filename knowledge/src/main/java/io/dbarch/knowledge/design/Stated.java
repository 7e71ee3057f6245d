package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads values from a validated document; a missing value takes its default and is recorded as an assumption. */
final class Stated {

    private final List<Assumption> assumptions = new ArrayList<>();

    double number(JsonNode parent, String field, String path, double fallback, String reason) {
        JsonNode value = parent.path(field);
        if (value.isNumber()) {
            return value.asDouble();
        }
        assume(path, ValueChecks.format(fallback), reason);
        return fallback;
    }

    boolean flag(JsonNode parent, String field, String path, boolean fallback, String reason) {
        JsonNode value = parent.path(field);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        assume(path, String.valueOf(fallback), reason);
        return fallback;
    }

    String text(JsonNode parent, String field, String path, String fallback, String reason) {
        JsonNode value = parent.path(field);
        if (value.isTextual()) {
            return value.asText();
        }
        assume(path, fallback, reason);
        return fallback;
    }

    void assume(String path, String value, String reason) {
        assumptions.add(new Assumption(path, value, reason));
    }

    List<Assumption> assumptions() {
        return List.copyOf(assumptions);
    }

    static Optional<String> optionalText(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    static Optional<Double> optionalNumber(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    static boolean flagOr(JsonNode parent, String field, boolean fallback) {
        JsonNode value = parent.path(field);
        return value.isBoolean() ? value.asBoolean() : fallback;
    }

    static List<String> texts(JsonNode parent, String field) {
        List<String> texts = new ArrayList<>();
        parent.path(field).forEach(v -> texts.add(v.asText()));
        return texts;
    }

    static String enumName(String spelling) {
        return spelling.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
