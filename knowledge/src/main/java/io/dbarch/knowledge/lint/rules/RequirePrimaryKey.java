package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tables without a primary key. */
final class RequirePrimaryKey implements LintRule {

    @Override public String id() { return "require-primary-key"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Every table needs a primary key."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            if (t.primaryKey().isPresent() || t.isPartition() && parentHasKey(context, t)) {
                continue;
            }
            Optional<Index> candidate = t.indexes().stream().filter(i -> i.unique() && !i.isPartial()
                    && i.name().isPresent() && !i.leadingColumns().isEmpty()
                    && i.leadingColumns().size() == i.keys().size()
                    && i.leadingColumns().stream().allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false)))
                    .findFirst();
            String help = candidate.map(i -> context.dialect() == Dialect.POSTGRESQL
                            ? "Promote the unique index " + i.name().get() + " on NOT NULL columns: ALTER TABLE "
                            + t.name() + " ADD CONSTRAINT " + t.name().name() + "_pkey PRIMARY KEY USING INDEX "
                            + i.name().get() + ";"
                            : "Make the unique key the primary key: ALTER TABLE " + t.name() + " ADD PRIMARY KEY ("
                            + String.join(", ", i.leadingColumns()) + ");")
                    .orElse("Add a key, e.g. ALTER TABLE " + t.name() + " ADD COLUMN id bigint "
                            + (context.dialect() == Dialect.MYSQL ? "NOT NULL AUTO_INCREMENT PRIMARY KEY;"
                            : "GENERATED ALWAYS AS IDENTITY PRIMARY KEY;")
                            + " or declare the natural key as PRIMARY KEY.");
            findings.add(finding(t.location(), t.name().toString(), "Table " + t.name() + " has no primary key: rows"
                    + " cannot be addressed reliably, logical replication cannot send its updates and deletes,"
                    + " and duplicates go unnoticed.", help));
        }
        return findings;
    }

    private static boolean parentHasKey(LintContext context, Table t) {
        return context.model().table(t.partitionOf().get().parent()).map(p -> p.primaryKey().isPresent())
                .orElse(true);
    }
}
