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

/** Tables with more columns than {@code design.max-columns} (default 50). */
final class WideTable implements LintRule {

    @Override public String id() { return "wide-table"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Very wide tables usually mix several entities or optional attribute groups."; }

    @Override
    public List<Finding> check(LintContext context) {
        int max = context.config().maxColumns();
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            if (t.columns().size() > max && !t.isPartition()) {
                findings.add(finding(t.location(), t.name().toString(), "Table " + t.name() + " has "
                        + t.columns().size() + " columns (more than " + max + "): wide rows make every read and"
                        + " update touch more pages, and such tables usually hold several entities in one.",
                        "Split rarely used or optional groups of columns into 1:1 side tables keyed by the primary"
                                + " key, or raise design.max-columns in .dbarch.yml if the width is deliberate."));
            }
        }
        return findings;
    }
}
