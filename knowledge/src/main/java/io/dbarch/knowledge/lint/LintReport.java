package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a lint run: findings (sorted by file, line, column), what the reader could not understand, and
 * the rules that ran. Renders as text, JSON or SARIF 2.1.0.
 *
 * @param files       the input files in the order they were applied
 * @param diagnostics statements the reader could not understand (rules could not judge them)
 * @param rules       the rules that ran, with their effective severity
 */
public record LintReport(LintMode mode, Dialect dialect, List<String> files, List<Finding> findings,
                         List<Diagnostic> diagnostics, List<RuleInfo> rules) {

    /** Where the rule pages live; {@code <id>.md} is appended. Override with {@link #toSarif(String)}. */
    public static final String DEFAULT_DOCS_BASE = "https://github.com/dbarch/dbarch/blob/main/docs/rules/";

    public LintReport {
        requireNonNull(mode, "mode");
        requireNonNull(dialect, "dialect");
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        rules = List.copyOf(rules);
    }

    /**
     * The process exit code for CI: 1 when a finding is at or above {@code failOn}, else 0 (2, bad usage or
     * unreadable input, is decided before linting).
     */
    public int exitCode(Severity failOn) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(failOn)) ? 1 : 0;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Number of findings per rule id, sorted by id. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    /** {@code file:line:col severity rule-id message}, an indented help line, then diagnostics and a summary. */
    public String toText() {
        return ReportText.render(this);
    }

    /** The report as JSON: mode, dialect, files, summary, findings, diagnostics and rules. */
    public String toJson() {
        return ReportJson.render(this);
    }

    /** SARIF 2.1.0 for code-scanning UIs, with help URIs under {@link #DEFAULT_DOCS_BASE}. */
    public String toSarif() {
        return toSarif(DEFAULT_DOCS_BASE);
    }

    /** SARIF 2.1.0 with help URIs {@code docsBaseUri + <id>.md}; the base must be an absolute URI. */
    public String toSarif(String docsBaseUri) {
        return new SarifWriter(docsBaseUri).render(this);
    }
}
