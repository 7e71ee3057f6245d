package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Cycles of foreign keys between two or more tables (self-references are hierarchies, not cycles). */
final class ForeignKeyCycle implements LintRule {

    @Override public String id() { return "foreign-key-cycle"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Foreign keys that form a cycle make inserts, deletes and loads order-dependent."; }

    @Override
    public List<Finding> check(LintContext context) {
        Map<QualifiedName, Table> tables = new LinkedHashMap<>();
        context.model().tables().forEach(t -> tables.put(t.name(), t));
        Map<QualifiedName, List<QualifiedName>> edges = new LinkedHashMap<>();
        for (Table t : tables.values()) {
            List<QualifiedName> targets = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                context.model().table(fk.referencedTable()).map(Table::name)
                        .filter(n -> !n.equals(t.name())).ifPresent(targets::add);
            }
            edges.put(t.name(), targets);
        }
        List<Finding> findings = new ArrayList<>();
        for (Set<QualifiedName> component : new StronglyConnected(edges).components()) {
            if (component.size() < 2) {
                continue;
            }
            Table first = tables.get(new TreeSet<>(component).first());
            List<String> names = component.stream().map(QualifiedName::toString).sorted().toList();
            findings.add(finding(first.location(), String.join(", ", names), "Tables " + names + " reference each"
                    + " other in a cycle of foreign keys: rows can only be inserted or deleted in a certain order"
                    + " (or with deferred constraints), and bulk loads and cascades get fragile.", "Break the cycle:"
                    + " drop one foreign key of the loop, or make it DEFERRABLE INITIALLY DEFERRED, or move the"
                    + " back-reference to a link table."));
        }
        return findings;
    }
}
