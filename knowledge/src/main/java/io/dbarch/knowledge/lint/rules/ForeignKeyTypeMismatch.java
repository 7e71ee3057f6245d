package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Foreign-key columns whose type differs from the column they reference. */
final class ForeignKeyTypeMismatch implements LintRule {

    @Override public String id() { return "foreign-key-type-mismatch"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "A foreign-key column should have the type of the column it references."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> target = context.model().table(fk.referencedTable());
                if (target.isEmpty()) {
                    continue;
                }
                List<String> referenced = fk.referencedColumns().isEmpty()
                        ? target.get().primaryKey().map(PrimaryKey::columns).orElse(List.of())
                        : fk.referencedColumns();
                for (int i = 0; i < Math.min(fk.columns().size(), referenced.size()); i++) {
                    Optional<Column> from = t.column(fk.columns().get(i));
                    Optional<Column> to = target.get().column(referenced.get(i));
                    if (from.isPresent() && to.isPresent() && !sameType(from.get(), to.get())) {
                        findings.add(mismatch(t, fk, from.get(), target.get(), to.get()));
                    }
                }
            }
        }
        return findings;
    }

    private Finding mismatch(Table t, ForeignKey fk, Column from, Table target, Column to) {
        return finding(from.location(), t.name() + "." + from.name(), "Foreign-key column " + t.name() + "."
                + from.name() + " is " + from.type() + " but references " + target.name() + "." + to.name()
                + " of type " + to.type() + ": joins need a cast, values may not fit, and the planner may skip"
                + " indexes.", "Give both the same type, e.g. ALTER TABLE " + t.name() + " ALTER COLUMN "
                + Text.ident(from.name()) + " TYPE " + to.type() + ";");
    }

    static boolean sameType(Column a, Column b) {
        return a.type().lowerName().equals(b.type().lowerName()) && a.type().modifiers().equals(b.type().modifiers())
                && a.type().arrayDimensions() == b.type().arrayDimensions()
                && a.type().normalized().contains("unsigned") == b.type().normalized().contains("unsigned");
    }
}
