package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table names that break the schema's singular/plural convention ({@code naming.tables}). */
final class TableNamePlurality implements LintRule {

    @Override public String id() { return "table-name-plurality"; }
    @Override public RuleFamily family() { return RuleFamily.NAMING; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Table names are consistently singular or consistently plural."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Table> tables = context.model().tables().stream().filter(t -> !t.isPartition()).toList();
        long plural = tables.stream().filter(t -> plural(t.name().name()).orElse(false)).count();
        long singular = tables.stream().filter(t -> !plural(t.name().name()).orElse(true)).count();
        String wanted = switch (context.config().naming().tables()) {
            case "singular" -> "singular";
            case "plural" -> "plural";
            case "any" -> "";
            default -> plural + singular < 3 || plural == singular ? "" : plural > singular ? "plural" : "singular";
        };
        List<Finding> findings = new ArrayList<>();
        for (Table t : tables) {
            Optional<Boolean> p = plural(t.name().name());
            if (!wanted.isEmpty() && p.isPresent() && p.get() != wanted.equals("plural")) {
                findings.add(finding(t.location(), t.name().toString(), "Table " + t.name() + " is named in the "
                        + (p.get() ? "plural" : "singular") + " while the schema's tables are " + wanted + " ("
                        + plural + " plural, " + singular + " singular): people and code generators guess names"
                        + " wrong.", "Rename it to the " + wanted + " form, or set naming.tables in .dbarch.yml."));
            }
        }
        return findings;
    }

    /** Whether the last word of a name is plural; empty when it cannot be told (status, data, series). */
    static Optional<Boolean> plural(String name) {
        String[] words = Text.lower(name).split("[^a-z]+");
        if (words.length == 0) {
            return Optional.empty();
        }
        String w = words[words.length - 1];
        if (w.length() < 3 || w.matches("data|media|series|species|news|information|equipment|metadata|staff"
                + "|status|analysis|basis|axis|bus|campus|virus|alias|canvas|gas|lens|bonus|census|process")) {
            return Optional.empty();
        }
        if (w.matches("people|children|men|women|criteria|indices|matrices")) {
            return Optional.of(true);
        }
        return Optional.of(w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
    }
}
