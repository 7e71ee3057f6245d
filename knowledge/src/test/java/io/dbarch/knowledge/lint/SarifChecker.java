package io.dbarch.knowledge.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a SARIF log against the constraints of the SARIF 2.1.0 specification (OASIS) that a producer of our kind
 * must meet: the required properties of sarifLog, run, tool, toolComponent, reportingDescriptor, result, message,
 * location, artifactLocation, region and invocation, their types, the level enumeration, the absolute helpUri,
 * region numbering from 1, and ruleIndex/ruleId consistency. Written from the specification's text.
 */
final class SarifChecker {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");
    private static final Set<String> LOG_PROPERTIES = Set.of("$schema", "version", "runs",
            "inlineExternalProperties", "properties");
    private final List<String> problems = new ArrayList<>();

    static List<String> check(JsonNode log) {
        SarifChecker c = new SarifChecker();
        c.log(log);
        return c.problems;
    }

    private void log(JsonNode log) {
        require(log.isObject(), "sarifLog must be an object");
        for (Iterator<String> it = log.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            require(LOG_PROPERTIES.contains(name), "sarifLog has an unknown property " + name);
        }
        require("2.1.0".equals(log.path("version").asText()), "sarifLog.version must be \"2.1.0\"");
        if (log.has("$schema")) {
            require(absoluteUri(log.get("$schema").asText()), "$schema must be an absolute URI");
        }
        require(log.path("runs").isArray(), "sarifLog.runs is required and must be an array");
        log.path("runs").forEach(this::run);
    }

    private void run(JsonNode run) {
        JsonNode driver = run.path("tool").path("driver");
        require(driver.isObject(), "run.tool.driver is required");
        require(driver.path("name").isTextual() && !driver.path("name").asText().isEmpty(),
                "toolComponent.name is required");
        List<String> ruleIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        driver.path("rules").forEach(rule -> {
            require(rule.path("id").isTextual(), "reportingDescriptor.id is required");
            require(seen.add(rule.path("id").asText()), "duplicate reportingDescriptor id " + rule.path("id"));
            ruleIds.add(rule.path("id").asText());
            if (rule.has("helpUri")) {
                require(absoluteUri(rule.get("helpUri").asText()), "helpUri must be an absolute URI: "
                        + rule.get("helpUri"));
            }
            for (String text : List.of("shortDescription", "fullDescription", "help")) {
                if (rule.has(text)) {
                    require(rule.get(text).path("text").isTextual(), text + ".text is required");
                }
            }
            if (rule.has("defaultConfiguration")) {
                require(LEVELS.contains(rule.get("defaultConfiguration").path("level").asText()),
                        "defaultConfiguration.level must be one of " + LEVELS);
            }
        });
        require(!run.has("results") || run.get("results").isArray(), "run.results must be an array");
        run.path("results").forEach(result -> result(result, ruleIds));
        run.path("invocations").forEach(inv -> {
            require(inv.path("executionSuccessful").isBoolean(), "invocation.executionSuccessful is required");
            inv.path("toolExecutionNotifications").forEach(n -> {
                message(n.path("message"), "notification");
                n.path("locations").forEach(this::location);
            });
        });
    }

    private void result(JsonNode result, List<String> ruleIds) {
        message(result.path("message"), "result");
        if (result.has("level")) {
            require(LEVELS.contains(result.get("level").asText()), "result.level must be one of " + LEVELS);
        }
        if (result.has("ruleIndex")) {
            int index = result.get("ruleIndex").asInt(-1);
            require(index >= 0 && index < ruleIds.size(), "ruleIndex out of range: " + index);
            if (index >= 0 && index < ruleIds.size()) {
                require(ruleIds.get(index).equals(result.path("ruleId").asText()),
                        "ruleIndex points at " + ruleIds.get(index) + " but ruleId is " + result.path("ruleId"));
            }
        }
        result.path("locations").forEach(this::location);
    }

    private void message(JsonNode message, String where) {
        require(message.isObject() && (message.path("text").isTextual() || message.path("id").isTextual()),
                where + ".message needs text or id");
    }

    private void location(JsonNode location) {
        JsonNode physical = location.path("physicalLocation");
        if (physical.isMissingNode()) {
            return;
        }
        JsonNode uri = physical.path("artifactLocation").path("uri");
        require(uri.isTextual() && uriReference(uri.asText()), "artifactLocation.uri must be a URI reference: " + uri);
        JsonNode region = physical.path("region");
        if (!region.isMissingNode()) {
            require(region.path("startLine").asInt(0) >= 1, "region.startLine must be >= 1");
            require(!region.has("startColumn") || region.get("startColumn").asInt(0) >= 1,
                    "region.startColumn must be >= 1");
        }
    }

    private static boolean absoluteUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean uriReference(String s) {
        try {
            new URI(s);
            return !s.isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
