package io.dbarch.agent.tools;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A lint report condensed for the model: counts, findings per rule, then the most serious findings with their
 * fixes. Lines: {@code Lint of art-1 (schema mode, postgresql): 12 findings — 2 errors, 7 warnings, 3 info.}
 */
final class LintDigest {

    static final int SHOWN = 8;
    static final int PER_RULE = 2;
    static final int MAX_TEXT = 320;

    private LintDigest() {
    }

    static String of(LintReport report, String source, LintMode mode, String reportId) {
        List<Finding> findings = report.findings();
        var out = new StringBuilder("Lint of ").append(source).append(" (").append(mode.id()).append(" mode, ")
                .append(report.dialect().id()).append("): ").append(plural(findings.size(), "finding")).append(" — ")
                .append(plural(report.count(Severity.ERROR), "error")).append(", ")
                .append(plural(report.count(Severity.WARNING), "warning")).append(", ")
                .append(report.count(Severity.INFO)).append(" info. Full report: ").append(reportId).append(".\n");
        if (findings.isEmpty()) {
            return out.append("No findings.").toString();
        }
        Map<String, Integer> byRule = report.countsByRule();
        out.append("By rule: ").append(byRule.entrySet().stream().sorted(Map.Entry.comparingByValue(
                Comparator.reverseOrder())).limit(15).map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "))).append(byRule.size() > 15 ? ", …" : "").append('\n');
        out.append("Most serious (at most ").append(PER_RULE).append(" per rule):\n");
        Map<String, Integer> taken = new java.util.HashMap<>();
        List<Finding> shown = findings.stream().sorted(Comparator.comparing(Finding::severity))
                .filter(f -> taken.merge(f.ruleId(), 1, Integer::sum) <= PER_RULE).limit(SHOWN).toList();
        shown.forEach(f -> out
                .append("- ").append(f.severity().id()).append(' ').append(f.ruleId()).append(" at ")
                .append(f.location().position())
                .append(f.location().object().isEmpty() ? "" : " (" + f.location().object() + ")").append(": ")
                .append(clip(f.message())).append("\n  Fix: ").append(clip(f.help())).append('\n'));
        if (findings.size() > shown.size()) {
            out.append("… and ").append(findings.size() - shown.size()).append(" more in ").append(reportId).append('.');
        }
        return out.toString().stripTrailing();
    }

    /** Rule findings listed at most, the rest counted. */
    static final int RULE_SHOWN = 25;

    /** Every finding of one rule (up to {@link #RULE_SHOWN}), each with its place and fix. */
    static String ofRule(LintReport report, String ruleId, String source, LintMode mode, String reportId) {
        List<Finding> mine = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        var out = new StringBuilder("Lint of ").append(source).append(" (").append(mode.id()).append(" mode): ")
                .append(plural(mine.size(), "finding")).append(" of ").append(ruleId).append(" (")
                .append(plural(report.findings().size(), "finding")).append(" in all). Full report: ")
                .append(reportId).append(".\n");
        mine.stream().limit(RULE_SHOWN).forEach(f -> out.append("- ").append(f.location().object().isEmpty()
                ? f.location().position() : f.location().object() + " at " + f.location().position())
                .append(": ").append(clip(f.message())).append("\n  Fix: ").append(clip(f.help())).append('\n'));
        if (mine.size() > RULE_SHOWN) {
            out.append("… and ").append(mine.size() - RULE_SHOWN).append(" more in ").append(reportId).append('.');
        }
        return out.toString().stripTrailing();
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s*\\n\\s*", " ⏎ ").strip();
        return one.length() <= MAX_TEXT ? one : one.substring(0, MAX_TEXT) + "…";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
