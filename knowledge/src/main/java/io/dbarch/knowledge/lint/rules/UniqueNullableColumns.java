package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Unique constraints and indexes over nullable columns: rows with NULL there are never duplicates, unless the key is
 * {@code NULLS NOT DISTINCT}.
 */
final class UniqueNullableColumns implements LintRule {

    @Override public String id() { return "unique-nullable-columns"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "A unique key over nullable columns does not stop duplicates that contain NULL."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            for (UniqueConstraint u : t.uniqueConstraints()) {
                if (!u.nullsNotDistinct()) {
                    check(t, u.columns(), "", u.location(), u.name().orElse("unique (" + String.join(", ",
                            u.columns()) + ")"), "write UNIQUE NULLS NOT DISTINCT (" + String.join(", ", u.columns())
                            + ")", findings);
                }
            }
            for (Index i : t.indexes()) {
                if (i.unique() && !i.nullsNotDistinct() && i.keys().size() == i.leadingColumns().size()) {
                    check(t, i.leadingColumns(), i.where().orElse(""), i.location(), i.name().orElse("unique index"),
                            "add NULLS NOT DISTINCT after the index's column list", findings);
                }
            }
        }
        return findings;
    }

    private void check(Table t, List<String> columns, String where, SourceLocation at, String name,
                       String nullsNotDistinctFix, List<Finding> findings) {
        List<String> nullable = columns.stream().filter(c -> t.column(c).map(Column::nullable).orElse(false))
                .filter(c -> !Text.lower(where).matches("(?s).*\\b" + java.util.regex.Pattern.quote(Text.lower(c))
                        + "\\W*\\s+is\\s+not\\s+null.*")).toList();
        if (nullable.isEmpty() || columns.size() == 1 && !where.isEmpty()) {
            return;
        }
        findings.add(finding(at, t.name() + "." + name, "Unique key " + name + " on " + t.name() + " covers nullable"
                + " column(s) " + nullable + ": NULLs never compare equal, so any number of rows with NULL there pass"
                + " as unique.", "Declare " + String.join(", ", nullable) + " NOT NULL, or (PostgreSQL 15+) "
                + nullsNotDistinctFix + "."));
    }
}
