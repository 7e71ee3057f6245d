package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a requirements document (YAML or JSON), validates it against the published JSON Schema
 * ({@code design/requirements.schema.json}) and cross-checks its references. Thread-safe.
 */
public final class RequirementsReader {

    /** The largest document accepted, in characters. */
    public static final int MAX_CHARS = 1_000_000;
    static final String SCHEMA_RESOURCE = "/design/requirements.schema.json";

    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ObjectMapper yaml;
    private final SchemaValidator validator;

    public RequirementsReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setNestingDepthLimit(40);
        options.setAllowDuplicateKeys(false);
        this.yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        this.validator = new SchemaValidator(readSchema());
    }

    /** The published JSON Schema of requirements documents. */
    public static String schemaJson() {
        try (InputStream in = RequirementsReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads YAML or JSON (a document starting with '{' is read as JSON). Never throws on bad input. */
    public RequirementsReadResult read(String text) {
        requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            return fail("$", "the document has %,d characters; at most %,d are accepted".formatted(text.length(), MAX_CHARS));
        }
        if (text.isBlank()) {
            return fail("$", "the document is empty; expected an object with at least a name, e.g. name: Orders");
        }
        JsonNode root;
        try {
            root = (text.stripLeading().startsWith("{") ? json : yaml).readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
            return fail("$", "not readable as " + (text.stripLeading().startsWith("{") ? "JSON" : "YAML") + where
                    + ": " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return fail("$", "expected an object (key: value pairs) at the top, got " + (root == null ? "nothing"
                    : SchemaValidator.describe(root)));
        }
        List<ValidationError> errors = new ArrayList<>(validator.validate(root));
        if (errors.isEmpty()) {
            NameChecks.check(root, errors);
            ReferenceChecks.check(root, errors);
        }
        return errors.isEmpty() ? RequirementsReadResult.ok(RequirementsMapper.map(root))
                : RequirementsReadResult.failed(errors);
    }

    private static RequirementsReadResult fail(String field, String message) {
        return RequirementsReadResult.failed(List.of(new ValidationError(field, message)));
    }

    private static String firstLine(String message) {
        String line = message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private JsonNode readSchema() {
        try {
            return json.readTree(schemaJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bundled requirements schema is not valid JSON", e);
        }
    }
}
