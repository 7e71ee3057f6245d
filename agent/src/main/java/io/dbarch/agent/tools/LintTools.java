package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.schema.EditDistance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lint tool: design, type, naming, migration-safety and security findings with fixes. */
public final class LintTools {

    public static final String LINT_SCHEMA = "lintSchema";

    private final ScriptSource source;
    private final ArtifactStore artifacts;
    private final Linter linter;

    public LintTools(ScriptSource source, Linter linter) {
        this.source = requireNonNull(source, "source");
        this.artifacts = source.store().orElseThrow(() -> new IllegalArgumentException(
                "LintTools need a ScriptSource with an artifact store to keep the full report"));
        this.linter = requireNonNull(linter, "linter");
    }

    @Tool(name = LINT_SCHEMA, value = "Lints a DDL script (a schema, or a migration judged for online safety) and "
            + "returns the most serious findings with locations and fixes; the full report is stored as an artifact.")
    public String lintSchema(@ToolMemoryId Object conversationId,
            @P("Id of the artifact holding the DDL (e.g. art-1), or the complete DDL script") String ddl,
            @P(value = "schema (a whole schema, the default) or migration (changes to an existing database)",
                    required = false) String mode,
            @P(value = "Only this rule's findings, all of them, e.g. require-foreign-key-index", required = false)
            String rule) {
        Optional<String> only = rule == null || rule.isBlank() ? Optional.empty() : Optional.of(ruleId(linter, rule));
        var script = source.load(conversationId, ddl, "ddl");
        LintMode lintMode = mode(mode);
        LintReport report = linter.lint(LintRequest.of(script.name(), script.text()).withMode(lintMode));
        Artifact full = artifacts.save(String.valueOf(conversationId), "lint-report.txt", Artifact.TEXT,
                report.toText().getBytes(StandardCharsets.UTF_8), "lint report of "
                        + script.artifactId().orElse(script.name()) + ": " + report.findings().size() + " findings");
        String from = script.artifactId().orElse(script.name());
        return only.map(id -> LintDigest.ofRule(report, id, from, lintMode, full.id()))
                .orElseGet(() -> LintDigest.of(report, from, lintMode, full.id()));
    }

    /** A rule id the linter knows, or an error naming the closest ones. */
    private static String ruleId(Linter linter, String rule) {
        String id = rule.strip().toLowerCase(Locale.ROOT);
        List<String> ids = linter.rules().stream().map(LintRule::id).toList();
        if (ids.contains(id)) {
            return id;
        }
        String clipped = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        throw new IllegalArgumentException("There is no lint rule '" + clipped + "'. Closest: " + ids.stream()
                .sorted(java.util.Comparator.comparingInt(x -> EditDistance.between(x, id))).limit(3)
                .collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    private static LintMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return LintMode.SCHEMA;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "schema" -> LintMode.SCHEMA;
            case "migration" -> LintMode.MIGRATION;
            default -> throw new IllegalArgumentException("mode must be schema or migration; got '"
                    + (mode.length() > 30 ? mode.substring(0, 30) + "…" : mode) + "'.");
        };
    }
}
