package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

/** A rule as listed in reports: id, family, effective severity and what it looks for. */
public record RuleInfo(String id, RuleFamily family, Severity severity, String summary) {

    public RuleInfo {
        requireNonNull(id, "id");
        requireNonNull(family, "family");
        requireNonNull(severity, "severity");
        requireNonNull(summary, "summary");
    }

    static RuleInfo of(LintRule rule, LintConfig config) {
        return new RuleInfo(rule.id(), rule.family(), config.severity(rule), rule.summary());
    }
}
