package io.dbarch.knowledge.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads typed values out of a parsed configuration, with errors that name the file and the key. */
final class ConfigValues {

    private final String file;

    ConfigValues(String file) {
        this.file = file;
    }

    LintConfigException error(String message) {
        return new LintConfigException(file + ": " + message);
    }

    void requireObject(JsonNode node, String where) {
        if (!node.isObject()) {
            throw error(where + " must be a mapping of keys to values, found " + describe(node));
        }
    }

    String choice(JsonNode section, String key, List<String> allowed, String fallback) {
        if (!section.has(key)) {
            return fallback;
        }
        String value = section.get(key).asText();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> error("'" + value + "' is not a valid value for " + key + "; use one of "
                        + allowed));
    }

    String text(JsonNode section, String key, String fallback) {
        JsonNode node = section.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isValueNode()) {
            throw error(key + " must be a text value, found " + describe(node));
        }
        return node.asText();
    }

    List<String> list(JsonNode section, String key, List<String> fallback) {
        JsonNode node = section.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isArray()) {
            throw error(key + " must be a list such as [a, b], found " + describe(node));
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> {
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw error(key + " must hold non-empty text items, found " + describe(item));
            }
            values.add(item.asText().strip());
        });
        return values;
    }

    double fraction(JsonNode section, String key, double fallback) {
        JsonNode node = section.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() <= 0 || node.asDouble() > 1) {
            throw error(key + " must be a number above 0 and at most 1, e.g. 0.6; found " + describe(node));
        }
        return node.asDouble();
    }

    int positiveInt(JsonNode section, String key, int fallback) {
        JsonNode node = section.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            throw error(key + " must be a whole number of at least 1, found " + describe(node));
        }
        return node.asInt();
    }

    boolean bool(JsonNode section, String key, boolean fallback) {
        JsonNode node = section.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw error(key + " must be true or false, found " + describe(node));
        }
        return node.asBoolean();
    }

    RuleSetting ruleSetting(JsonNode node, String where) {
        if (node.isBoolean()) {
            return new RuleSetting(node.asBoolean(), Optional.empty());
        }
        if (node.isTextual()) {
            String value = node.asText().strip().toLowerCase(java.util.Locale.ROOT);
            if (value.equals("off") || value.equals("false")) {
                return RuleSetting.off();
            }
            if (value.equals("on") || value.equals("true")) {
                return new RuleSetting(true, Optional.empty());
            }
            return RuleSetting.at(Severity.fromId(value).orElseThrow(() -> error("'" + node.asText() + "' is not"
                    + " a valid setting for " + where + "; use off, on, error, warning or info")));
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                if (!k.equals("enabled") && !k.equals("severity")) {
                    throw error("unknown key '" + where + "." + k + "'; known keys: [enabled, severity]");
                }
            });
            boolean enabled = bool(node, "enabled", true);
            Optional<Severity> severity = node.has("severity")
                    ? Optional.of(Severity.fromId(node.get("severity").asText()).orElseThrow(() -> error("'"
                    + node.get("severity").asText() + "' is not a severity for " + where
                    + "; use error, warning or info")))
                    : Optional.empty();
            return new RuleSetting(enabled, severity);
        }
        throw error(where + " must be off, on, a severity, or {enabled, severity}; found " + describe(node));
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
