package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.AddConstraint;
import io.dbarch.knowledge.migration.KeyChanges.CreateIndex;
import io.dbarch.knowledge.migration.KeyChanges.DropConstraint;
import io.dbarch.knowledge.migration.KeyChanges.DropIndex;
import io.dbarch.knowledge.migration.KeyChanges.RenameConstraint;
import io.dbarch.knowledge.migration.KeyChanges.RenameIndex;
import io.dbarch.knowledge.migration.KeyChanges.ValidateConstraint;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/** Compares the constraints and indexes of a table that exists in both schemas. */
final class KeyDiffer {

    private final Signatures signatures;

    KeyDiffer(Signatures signatures) {
        this.signatures = signatures;
    }

    /**
     * @param original the source table as it is (for the names PostgreSQL gave its unnamed constraints)
     * @param before   the source table in target names
     * @param after    the target table
     */
    void diff(Table original, Table before, Table after, List<Change> out) {
        List<TableConstraint> sources = new ArrayList<>(Constraints.of(before));
        List<TableConstraint> originals = new ArrayList<>(Constraints.of(original));
        for (TableConstraint target : Constraints.of(after)) {
            String sig = signatures.of(after, target);
            int match = find(sources, s -> signatures.of(before, s).equals(sig) && sameName(s, target));
            if (match < 0) {
                match = find(sources, s -> signatures.of(before, s).equals(sig));
            }
            if (match < 0) {
                out.add(new AddConstraint(after, target));
                continue;
            }
            TableConstraint source = sources.remove(match);
            TableConstraint originalSource = originals.remove(match);
            String sourceName = Constraints.name(original, originalSource);
            String wanted = target.name().orElseGet(() -> sourceName.equals(Constraints.defaultName(original,
                    originalSource)) ? Constraints.defaultName(after, target) : sourceName);
            if (!wanted.equals(sourceName)) {
                out.add(new RenameConstraint(after, sourceName, wanted));
            }
            if (Constraints.notValid(source) && !Constraints.notValid(target)) {
                out.add(new ValidateConstraint(after, target.name().orElse(sourceName)));
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            out.add(new DropConstraint(original, sources.get(i), Constraints.name(original, originals.get(i))));
        }
        indexes(original, before, after, out);
    }

    private void indexes(Table original, Table before, Table after, List<Change> out) {
        List<Index> sources = new ArrayList<>(before.indexes());
        for (Index target : after.indexes()) {
            int match = find(sources, s -> Indexes.sameShape(s, target) && sameIndexName(s, target));
            if (match < 0) {
                match = find(sources, s -> Indexes.sameShape(s, target));
            }
            if (match < 0) {
                out.add(new CreateIndex(after, target));
                continue;
            }
            Index source = sources.remove(match);
            String sourceName = indexName(original, source);
            String wanted = target.name().orElseGet(() -> sourceName.equals(indexName(original, source.withoutName()))
                    ? Indexes.name(target) : sourceName);
            if (!wanted.equals(sourceName)) {
                out.add(new RenameIndex(after.name(), sourceName, wanted));
            }
        }
        sources.forEach(s -> out.add(new DropIndex(original, s, indexName(original, s))));
    }

    /** An unnamed source index got its name from the table's name before any rename. */
    private static String indexName(Table original, Index index) {
        return index.name().orElseGet(() -> Indexes.name(index.withTable(original.name())));
    }

    private static boolean sameName(TableConstraint a, TableConstraint b) {
        return a.name().isEmpty() || b.name().isEmpty() || a.name().equals(b.name());
    }

    private static boolean sameIndexName(Index a, Index b) {
        return a.name().isEmpty() || b.name().isEmpty() || a.name().equals(b.name());
    }

    private static <T> int find(List<T> items, java.util.function.Predicate<T> test) {
        for (int i = 0; i < items.size(); i++) {
            if (test.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
