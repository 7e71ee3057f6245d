package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds possible renames: a table that disappears while a table with mostly the same columns appears, a column
 * that disappears while one of the same type appears in the same table. Each becomes a {@link Decision}, never a
 * silent drop and add.
 */
final class RenameDetector {

    private static final double TABLE_SIMILARITY = 0.6;

    private final SchemaModel from;
    private final SchemaModel to;
    private final Renames renames;
    private final SourceMapper mapper;
    private final String defaultSchema;

    RenameDetector(SchemaModel from, SchemaModel to, Renames renames) {
        this.from = from;
        this.to = to;
        this.renames = renames;
        this.defaultSchema = to.dialect().defaultSchema();
        this.mapper = new SourceMapper(renames, defaultSchema);
    }

    List<Decision> detect() {
        List<Decision> out = new ArrayList<>();
        Set<QualifiedName> targets = new HashSet<>();
        to.tables().forEach(t -> targets.add(t.name().inSchema(defaultSchema)));
        Set<QualifiedName> mapped = new HashSet<>();
        from.tables().forEach(t -> mapped.add(mapper.table(t.name())));
        List<Table> added = to.tables().stream().filter(t -> !mapped.contains(t.name().inSchema(defaultSchema)))
                .toList();
        Set<Table> claimed = new HashSet<>();
        for (Table gone : from.tables()) {
            QualifiedName name = mapper.table(gone.name());
            Optional<Table> kept = to.table(name);
            if (kept.isPresent()) {
                columns(label(gone.name()), mapper.map(gone), kept.get(), out);
                continue;
            }
            added.stream().filter(t -> !claimed.contains(t) && !t.isPartition() && !gone.isPartition())
                    .filter(t -> similarity(gone, t) >= TABLE_SIMILARITY)
                    .max((a, b) -> Double.compare(similarity(gone, a), similarity(gone, b)))
                    .ifPresent(t -> {
                        claimed.add(t);
                        String hint = label(gone.name()) + "=" + label(t.name());
                        out.add(new Decision(Decision.Kind.POSSIBLE_RENAME, gone.name().toString(), "table "
                                + gone.name() + " disappears while " + t.name() + " appears with mostly the same"
                                + " columns; as planned it is dropped (its rows are lost) and " + t.name()
                                + " created empty.", "If it is a rename, say --rename " + hint
                                + "; to drop and create knowingly, accept drop + add.", Optional.of(hint)));
                    });
        }
        return out;
    }

    private void columns(String sourceTable, Table before, Table after, List<Decision> out) {
        List<Column> gone = before.columns().stream().filter(c -> after.column(c.name()).isEmpty()
                || after.columns().stream().noneMatch(a -> a.name().equals(c.name()))).toList();
        List<Column> added = new ArrayList<>(after.columns().stream()
                .filter(c -> before.columns().stream().noneMatch(b -> b.name().equals(c.name()))).toList());
        for (Column old : before.columns()) {
            Optional<Column> same = after.columns().stream().filter(c -> c.name().equals(old.name())).findFirst();
            if (same.isEmpty() || Types.same(same.get().type(), old.type())) {
                continue;
            }
            Optional<Column> match = added.stream().filter(c -> Types.same(c.type(), old.type())).findFirst();
            if (match.isPresent()) {
                added.remove(match.get());
                String hint = sourceTable + "." + old.name() + "=" + label(after.name()) + "." + match.get().name();
                out.add(new Decision(Decision.Kind.POSSIBLE_RENAME, after.name() + "." + old.name(), "column "
                        + old.name() + " of " + after.name() + " changes type " + old.type() + " -> "
                        + same.get().type() + " while " + match.get().name() + " (" + old.type() + ") appears; as"
                        + " planned its values are converted in place.", "If " + old.name() + " was renamed to "
                        + match.get().name() + " and a new " + old.name() + " added, say --rename " + hint
                        + "; to convert in place knowingly, accept drop + add.", Optional.of(hint)));
            }
        }
        for (Column old : gone) {
            Optional<Column> match = added.stream().filter(c -> Types.same(c.type(), old.type())).findFirst();
            if (match.isEmpty()) {
                continue;
            }
            added.remove(match.get());
            String hint = sourceTable + "." + old.name() + "=" + label(after.name()) + "." + match.get().name();
            out.add(new Decision(Decision.Kind.POSSIBLE_RENAME, after.name() + "." + old.name(), "column "
                    + old.name() + " disappears from " + after.name() + " while " + match.get().name()
                    + " (same type " + old.type() + ") appears; as planned its values are lost.",
                    "If it is a rename, say --rename " + hint + "; to drop and add knowingly, accept drop + add.",
                    Optional.of(hint)));
        }
    }

    private static double similarity(Table a, Table b) {
        Set<String> x = new HashSet<>();
        a.columns().forEach(c -> x.add(c.name() + " " + Types.key(c.type())));
        Set<String> y = new HashSet<>();
        b.columns().forEach(c -> y.add(c.name() + " " + Types.key(c.type())));
        int max = Math.max(x.size(), y.size());
        if (max == 0) {
            return 0;
        }
        x.retainAll(y);
        return (double) x.size() / max;
    }

    private String label(QualifiedName name) {
        return name.inSchema(defaultSchema).schema().equals(defaultSchema) ? name.name()
                : name.inSchema(defaultSchema).toString();
    }

    Renames renames() {
        return renames;
    }
}
