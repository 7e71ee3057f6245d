package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a document against the subset of JSON Schema the requirements schema uses: type, properties,
 * required, additionalProperties false, enum, minimum, maximum, minLength, maxLength, pattern, minItems,
 * maxItems, items. Errors name the field and the expected form (the schema's description and first example).
 */
final class SchemaValidator {

    private static final int MAX_ERRORS = 50;
    private final JsonNode schema;

    SchemaValidator(JsonNode schema) {
        this.schema = schema;
    }

    List<ValidationError> validate(JsonNode document) {
        List<ValidationError> errors = new ArrayList<>();
        check(schema, document, "$", errors);
        return errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
    }

    private void check(JsonNode rule, JsonNode value, String path, List<ValidationError> errors) {
        if (errors.size() > MAX_ERRORS) {
            return;
        }
        String type = rule.path("type").asText("");
        if (!typeMatches(type, value)) {
            errors.add(error(path, rule, "expected " + article(type) + ", got " + describe(value)));
            return;
        }
        switch (type) {
            case "object" -> checkObject(rule, value, path, errors);
            case "array" -> checkArray(rule, value, path, errors);
            case "string" -> ValueChecks.string(rule, value.asText()).ifPresent(m -> errors.add(error(path, rule, m)));
            case "number", "integer" ->
                    ValueChecks.number(rule, value.asDouble()).ifPresent(m -> errors.add(error(path, rule, m)));
            default -> { }
        }
    }

    private void checkObject(JsonNode rule, JsonNode value, String path, List<ValidationError> errors) {
        JsonNode properties = rule.path("properties");
        for (JsonNode required : rule.path("required")) {
            if (!value.has(required.asText())) {
                JsonNode sub = properties.path(required.asText());
                errors.add(error(child(path, required.asText()), sub, "is required"));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode sub = properties.get(field.getKey());
            if (sub == null) {
                if (rule.path("additionalProperties").asBoolean(true)) {
                    continue;
                }
                errors.add(new ValidationError(display(child(path, field.getKey())),
                        "unknown field; " + Suggestions.known(field.getKey(), properties.fieldNames())));
            } else if (!field.getValue().isNull()) {
                check(sub, field.getValue(), child(path, field.getKey()), errors);
            }
        }
    }

    private void checkArray(JsonNode rule, JsonNode value, String path, List<ValidationError> errors) {
        int size = value.size();
        if (rule.has("minItems") && size < rule.get("minItems").asInt()) {
            errors.add(error(path, rule, "expected at least " + rule.get("minItems").asInt() + " item(s)"));
        }
        if (rule.has("maxItems") && size > rule.get("maxItems").asInt()) {
            errors.add(error(path, rule, "expected at most " + rule.get("maxItems").asInt() + " items, got " + size));
            return;
        }
        JsonNode items = rule.path("items");
        for (int i = 0; i < size && !items.isMissingNode(); i++) {
            check(items, value.get(i), path + "[" + i + "]", errors);
        }
    }

    private static boolean typeMatches(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && value.asDouble() == Math.rint(value.asDouble());
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static ValidationError error(String path, JsonNode rule, String message) {
        StringBuilder text = new StringBuilder(message);
        if (rule.has("description")) {
            text.append(" (").append(rule.get("description").asText()).append(')');
        }
        JsonNode example = rule.path("examples").path(0);
        if (!example.isMissingNode()) {
            text.append("; example: ").append(example);
        }
        return new ValidationError(display(path), text.toString());
    }

    private static String display(String path) {
        return path.equals("$") ? "$" : path.substring(2);
    }

    private static String child(String path, String name) {
        return path + "." + name;
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "an object (key: value pairs)";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> "a " + type;
        };
    }

    static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.isArray() ? "a list" : value.toString();
    }

    static boolean matches(String pattern, String text) {
        return Pattern.compile(pattern).matcher(text).find();
    }
}
