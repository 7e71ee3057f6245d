package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.ColumnSite;
import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/** A type rule: judges each column site (schema columns, or the columns a migration creates, adds or retypes). */
abstract class ColumnTypeRule implements LintRule {

    @Override public RuleFamily family() { return RuleFamily.TYPES; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.STATEMENTS; }

    abstract boolean matches(ColumnSite site, LintContext context);

    abstract String message(ColumnSite site);

    abstract String help(ColumnSite site);

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnSite site : context.columnSites()) {
            if (matches(site, context)) {
                findings.add(finding(site.location(), site.object(), message(site), help(site)));
            }
        }
        return findings;
    }

    /** {@code ALTER TABLE t ALTER COLUMN c TYPE <type>;} */
    static String retype(ColumnSite site, String type) {
        return "ALTER TABLE " + site.table() + " ALTER COLUMN " + Text.ident(site.column()) + " TYPE " + type + ";";
    }
}
