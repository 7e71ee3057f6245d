package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Foreign keys whose columns do not lead any index (PostgreSQL does not create one; MySQL does). */
final class RequireForeignKeyIndex implements LintRule {

    @Override public String id() { return "require-foreign-key-index"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "Foreign-key columns need an index that starts with them."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            List<List<String>> keys = Stream.of(t.primaryKey().stream().map(PrimaryKey::columns),
                    t.uniqueConstraints().stream().map(UniqueConstraint::columns),
                    t.indexes().stream().filter(i -> !i.isPartial()).map(Index::leadingColumns))
                    .flatMap(s -> s).toList();
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.columns().isEmpty() || keys.stream().anyMatch(k -> leads(k, fk.columns()))) {
                    continue;
                }
                String cols = String.join(", ", fk.columns());
                String name = t.name().name() + "_" + String.join("_", fk.columns()) + "_idx";
                findings.add(finding(fk.location(), t.name() + "(" + cols + ")", "Foreign key " + t.name() + "("
                        + cols + ") → " + fk.referencedTable() + " has no index on " + cols + ": every delete or key"
                        + " update in " + fk.referencedTable() + " scans " + t.name() + ", and joins on it cannot"
                        + " use an index.", "CREATE INDEX CONCURRENTLY " + Text.ident(name) + " ON " + t.name()
                        + " (" + cols + ");"));
            }
        }
        return findings;
    }

    /** True when the first {@code columns.size()} keys of the index are exactly the columns, in any order. */
    static boolean leads(List<String> indexColumns, List<String> columns) {
        if (indexColumns.size() < columns.size()) {
            return false;
        }
        Set<String> head = new HashSet<>(indexColumns.subList(0, columns.size()));
        return head.equals(new HashSet<>(columns));
    }
}
