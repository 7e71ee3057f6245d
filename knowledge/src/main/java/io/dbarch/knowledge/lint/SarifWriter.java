package io.dbarch.knowledge.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dbarch.knowledge.sql.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0 rendering: one run, the rules as {@code reportingDescriptor}s, findings as results. */
final class SarifWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> META = Map.of(
            Linter.INTERNAL_ERROR, "A rule failed while checking the input; its findings are missing.",
            Suppressions.UNUSED, "A dbarch-ignore comment suppresses nothing.");

    private final String docsBase;

    SarifWriter(String docsBase) {
        URI base = URI.create(docsBase);
        if (!base.isAbsolute()) {
            throw new IllegalArgumentException("docs base must be an absolute URI, e.g. https://host/docs/rules/: "
                    + docsBase);
        }
        this.docsBase = docsBase.endsWith("/") ? docsBase : docsBase + "/";
    }

    String render(LintReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dbarch");
        driver.put("semanticVersion", "0.1.0");
        driver.put("informationUri", docsBase);
        List<RuleInfo> rules = new ArrayList<>(report.rules());
        report.findings().stream().map(Finding::ruleId).distinct().filter(META::containsKey)
                .forEach(id -> rules.add(new RuleInfo(id, RuleFamily.META, Severity.WARNING, META.get(id))));
        Map<String, Integer> index = new HashMap<>();
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleInfo r : rules) {
            index.put(r.id(), index.size());
            ObjectNode d = descriptors.addObject();
            d.put("id", r.id());
            d.putObject("shortDescription").put("text", r.summary());
            d.put("helpUri", docsBase + r.id() + ".md");
            d.putObject("help").put("text", r.summary() + " See " + docsBase + r.id() + ".md");
            d.putObject("defaultConfiguration").put("level", level(r.severity()));
            d.putObject("properties").putArray("tags").add(r.family().id());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            if (index.containsKey(f.ruleId())) {
                r.put("ruleIndex", index.get(f.ruleId()));
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message() + "\nHelp: " + f.help());
            r.putArray("locations").add(location(f.location().file(), f.location().line(), f.location().column(),
                    f.location().object()));
            r.putObject("properties").put("help", f.help());
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", d.statementKind() + ": " + d.message() + " (not linted)");
            n.putArray("locations").add(location(d.location().file(), d.location().line(), d.location().column(),
                    ""));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF rendering failed", e);
        }
    }

    private static ObjectNode location(String file, int line, int column, String object) {
        ObjectNode loc = JSON.createObjectNode();
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(file));
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
        if (!object.isEmpty()) {
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", object);
        }
        return loc;
    }

    /** A file name as a URI reference: forward slashes, percent-encoded; absolute paths as file: URIs. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            return new URI(null, null, path.isEmpty() ? "input.sql" : path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return "input.sql";
        }
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
