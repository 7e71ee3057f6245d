package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;

/** Names that can only be written quoted: mixed case (PostgreSQL), spaces, punctuation, a leading digit. */
final class IdentifierNeedsQuoting implements LintRule {

    @Override public String id() { return "identifier-needs-quoting"; }
    @Override public RuleFamily family() { return RuleFamily.NAMING; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Names should be writable without quotes (lower case letters, digits, _)."; }

    @Override
    public List<Finding> check(LintContext context) {
        boolean pg = context.dialect() == Dialect.POSTGRESQL;
        List<Finding> findings = new ArrayList<>();
        for (ModelNames n : ModelNames.of(context.model())) {
            boolean plain = pg ? n.name().matches("[a-z_][a-z0-9_$]*") : n.name().matches("[A-Za-z0-9_$]*[A-Za-z_$]"
                    + "[A-Za-z0-9_$]*");
            if (plain || ReservedWords.reserved(context.dialect(), n.name())) {
                continue;
            }
            String q = pg ? "\"" : "`";
            String why = pg && n.name().matches("[A-Za-z_][A-Za-z0-9_$]*")
                    ? "it has upper-case letters, so PostgreSQL keeps it only when quoted: " + n.name() + " unquoted"
                    + " means " + Text.lower(n.name())
                    : "it has characters that are not allowed in a plain identifier";
            findings.add(finding(n.location(), n.object(), "The " + n.kind() + " name " + q + n.name() + q + " must"
                    + " be quoted in every statement because " + why + ".", "Rename it to "
                    + NamingConventionRule.convert(n.name(), "snake_case") + "."));
        }
        return findings;
    }
}
