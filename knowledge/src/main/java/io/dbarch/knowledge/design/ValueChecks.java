package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Scalar checks of the schema subset: enum, pattern and length for strings, bounds for numbers. */
final class ValueChecks {

    private ValueChecks() {
    }

    static Optional<String> string(JsonNode rule, String text) {
        if (rule.has("enum")) {
            List<String> allowed = new ArrayList<>();
            rule.get("enum").forEach(v -> allowed.add(v.asText()));
            if (!allowed.contains(text)) {
                return Optional.of("expected one of " + String.join(", ", allowed) + ", got \"" + clip(text) + "\""
                        + Suggestions.closest(text, allowed).map(s -> " (did you mean " + s + "?)").orElse(""));
            }
        }
        if (rule.has("minLength") && text.length() < rule.get("minLength").asInt()) {
            return Optional.of("must not be empty");
        }
        if (rule.has("maxLength") && text.length() > rule.get("maxLength").asInt()) {
            return Optional.of("expected at most " + rule.get("maxLength").asInt() + " characters, got " + text.length());
        }
        if (rule.has("pattern") && !SchemaValidator.matches(rule.get("pattern").asText(), text)) {
            return Optional.of("\"" + clip(text) + "\" is not in the expected form");
        }
        return Optional.empty();
    }

    static Optional<String> number(JsonNode rule, double value) {
        boolean low = rule.has("minimum") && value < rule.get("minimum").asDouble();
        boolean high = rule.has("maximum") && value > rule.get("maximum").asDouble();
        if (!low && !high) {
            return Optional.empty();
        }
        String range = rule.has("maximum")
                ? "from " + format(rule.get("minimum").asDouble()) + " to " + format(rule.get("maximum").asDouble())
                : "of at least " + format(rule.get("minimum").asDouble());
        return Optional.of("expected a number " + range + ", got " + format(value));
    }

    static String format(double value) {
        return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
