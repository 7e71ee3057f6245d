package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.RuleFamily;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Indexes that duplicate another index, or whose keys are a leading prefix of another index's keys. */
final class RedundantIndex implements LintRule {

    /** An index or a key constraint, as key list. */
    private record Keys(String name, List<IndexKey> keys, boolean unique, String method, Optional<String> where,
                        Optional<Index> index) {
    }

    @Override public String id() { return "redundant-index"; }
    @Override public RuleFamily family() { return RuleFamily.DESIGN; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public RuleScope scope() { return RuleScope.MODEL; }
    @Override public String summary() { return "Duplicate or prefix-redundant indexes cost writes and space for nothing."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : context.model().tables()) {
            List<Keys> all = new ArrayList<>();
            t.primaryKey().ifPresent(pk -> all.add(new Keys("primary key", pk.columns().stream().map(IndexKey::column)
                    .toList(), true, "btree", Optional.empty(), Optional.empty())));
            t.uniqueConstraints().forEach(u -> all.add(new Keys("unique constraint " + u.name().orElse("(" + String
                    .join(", ", u.columns()) + ")"), u.columns().stream().map(IndexKey::column).toList(), true,
                    "btree", Optional.empty(), Optional.empty())));
            t.indexes().forEach(i -> all.add(new Keys("index " + i.name().orElse("(unnamed)"), i.keys(), i.unique(),
                    i.method(), i.where(), Optional.of(i))));
            for (int a = 0; a < all.size(); a++) {
                Keys x = all.get(a);
                if (x.index().isEmpty() || x.unique() || !x.index().get().include().isEmpty()) {
                    continue;
                }
                for (int b = 0; b < all.size(); b++) {
                    Keys y = all.get(b);
                    if (a != b && covers(y, x) && (y.keys().size() > x.keys().size() || y.unique() || b < a)) {
                        findings.add(redundant(t, x, y));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    private static boolean covers(Keys big, Keys small) {
        if (!big.method().equals(small.method()) || !big.where().equals(small.where()) || !"btree".equals(big.method())
                && big.keys().size() != small.keys().size() || big.keys().size() < small.keys().size()) {
            return false;
        }
        for (int i = 0; i < small.keys().size(); i++) {
            IndexKey s = small.keys().get(i);
            IndexKey b = big.keys().get(i);
            if (!s.text().equals(b.text()) || !s.options().equals(b.options())) {
                return false;
            }
        }
        return true;
    }

    private Finding redundant(Table t, Keys x, Keys y) {
        Index i = x.index().get();
        boolean duplicate = x.keys().size() == y.keys().size();
        String name = i.name().map(Text::ident).orElse("<index name>");
        return finding(i.location(), t.name() + "." + i.name().orElse("(unnamed index)"), "The " + x.name() + " on "
                + t.name() + " is " + (duplicate ? "a duplicate of " : "a leading prefix of ") + "the " + y.name()
                + ", which serves the same lookups; it slows every write and takes space for nothing.",
                "Drop it: DROP INDEX CONCURRENTLY " + (t.name().isQualified() ? t.name().schema() + "." : "") + name
                        + "; (check pg_stat_user_indexes first if it backs a special access path).");
    }
}
