package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** Table and column names that are reserved words of the dialect. */
final class ReservedWordIdentifier implements LintRule {

    @Override public String id() { return "reserved-word-identifier"; }
    @Override public RuleFamily family() { return RuleFamily.NAMING; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Names that are reserved words must be quoted everywhere they are used."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ModelNames n : ModelNames.of(context.model())) {
            if (ReservedWords.reserved(context.dialect(), n.name())) {
                String quote = context.dialect() == io.dbarch.knowledge.schema.Dialect.MYSQL ? "`" : "\"";
                findings.add(finding(n.location(), n.object(), "The " + n.kind() + " name " + n.name() + " is a"
                        + " reserved word in " + context.dialect().id() + ": every query must quote it (" + quote
                        + n.name() + quote + "), and tools and ORMs that forget fail with syntax errors.",
                        "Rename it, e.g. " + suggestion(n) + ".")) ;
            }
        }
        return findings;
    }

    private static String suggestion(ModelNames n) {
        String lower = Text.lower(n.name());
        String better = switch (lower) {
            case "user" -> "app_user";
            case "order" -> "purchase_order";
            case "group" -> "user_group";
            case "desc" -> "description";
            default -> n.kind().equals("table") ? lower + "_entry" : lower + "_value";
        };
        return n.kind().equals("table") ? "ALTER TABLE " + n.object() + " RENAME TO " + better
                : "ALTER TABLE " + n.object().substring(0, n.object().lastIndexOf('.')) + " RENAME COLUMN \""
                + n.name() + "\" TO " + better;
    }
}
