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

/** Tables with no index at all: no primary key, no unique constraint, no index. */
final class TableWithoutIndex implements LintRule {

    @Override public String id() { return "table-without-index"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "A table with no index at all can only be read by scanning it whole."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            if (t.isPartition() || t.primaryKey().isPresent() || !t.uniqueConstraints().isEmpty()
                    || !t.indexes().isEmpty() || !t.exclusions().isEmpty() || t.columns().isEmpty()) {
                continue;
            }
            String first = t.columns().get(0).name();
            findings.add(finding(t.location(), t.name().toString(), "Table " + t.name() + " has no index (no primary"
                    + " key, unique constraint or index): every lookup, update and delete scans the whole table.",
                    "Index the columns it is searched by, e.g. CREATE INDEX ON " + t.name() + " (" + Text.ident(first)
                            + "); and give it a primary key."));
        }
        return findings;
    }
}
