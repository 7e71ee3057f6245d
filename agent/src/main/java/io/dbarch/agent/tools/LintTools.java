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
import io.dbarch.knowledge.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
                    required = false) String mode) {
        var script = source.load(conversationId, ddl, "ddl");
        LintMode lintMode = mode(mode);
        LintReport report = linter.lint(LintRequest.of(script.name(), script.text()).withMode(lintMode));
        Artifact full = artifacts.save(String.valueOf(conversationId), "lint-report.txt", Artifact.TEXT,
                report.toText().getBytes(StandardCharsets.UTF_8), "lint report of "
                        + script.artifactId().orElse(script.name()) + ": " + report.findings().size() + " findings");
        return LintDigest.of(report, script.artifactId().orElse(script.name()), lintMode, full.id());
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
