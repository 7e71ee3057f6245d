package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns {@link RenameHint}s into {@link Renames} against the two schemas, or says clearly why one does not fit. */
final class RenameResolver {

    private final SchemaModel from;
    private final SchemaModel to;
    private final String defaultSchema;

    RenameResolver(SchemaModel from, SchemaModel to) {
        this.from = from;
        this.to = to;
        this.defaultSchema = to.dialect().defaultSchema();
    }

    Renames resolve(List<RenameHint> hints) {
        Renames renames = Renames.none();
        for (RenameHint hint : hints.stream().filter(this::isTableHint).toList()) {
            Table source = table(from, hint.from()).orElseThrow();
            Table target = table(to, hint.to()).orElseThrow(() -> bad(hint, "the target has no table "
                    + String.join(".", hint.to()) + "; its tables: " + names(to)));
            renames = renames.withTable(key(source), key(target));
        }
        for (RenameHint hint : hints.stream().filter(h -> !isTableHint(h)).toList()) {
            renames = column(hint, renames);
        }
        return renames;
    }

    private boolean isTableHint(RenameHint hint) {
        return table(from, hint.from()).isPresent()
                && (hint.from().size() == 1 || table(to, hint.to()).isPresent());
    }

    private Renames column(RenameHint hint, Renames renames) {
        List<String> f = hint.from();
        if (f.size() < 2) {
            throw bad(hint, "the source has no table " + f.get(0) + "; its tables: " + names(from));
        }
        Table source = table(from, f.subList(0, f.size() - 1)).orElseThrow(() -> bad(hint,
                "the source has no table " + String.join(".", f.subList(0, f.size() - 1)) + "; its tables: "
                        + names(from)));
        String oldColumn = f.get(f.size() - 1);
        if (source.column(oldColumn).isEmpty()) {
            throw bad(hint, "table " + source.name() + " has no column " + oldColumn + "; its columns: "
                    + source.columns().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
        }
        QualifiedName targetName = renames.table(key(source));
        List<String> t = hint.to();
        if (t.size() > 1) {
            Optional<Table> named = table(to, t.subList(0, t.size() - 1));
            if (named.isEmpty() || !key(named.get()).equals(targetName)) {
                throw bad(hint, "a column rename stays in its table: write " + String.join(".", f) + "="
                        + targetName.name() + "." + t.get(t.size() - 1));
            }
        }
        Table target = to.table(targetName).orElseThrow(() -> bad(hint, "the target has no table " + targetName
                + "; rename or keep the table too"));
        String newColumn = t.get(t.size() - 1);
        if (target.column(newColumn).isEmpty()) {
            throw bad(hint, "target table " + target.name() + " has no column " + newColumn + "; its columns: "
                    + target.columns().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
        }
        return renames.withColumn(targetName, source.column(oldColumn).orElseThrow().name(),
                target.column(newColumn).orElseThrow().name());
    }

    private Optional<Table> table(SchemaModel model, List<String> parts) {
        if (parts.size() > 2) {
            return Optional.empty();
        }
        return parts.size() == 1 ? model.table(parts.get(0))
                : model.table(QualifiedName.of(parts.get(0), parts.get(1)));
    }

    private QualifiedName key(Table table) {
        return table.name().inSchema(defaultSchema);
    }

    private static String names(SchemaModel model) {
        String list = model.tables().stream().limit(20).map(t -> t.name().toString())
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "none" : list + (model.tables().size() > 20 ? ", …" : "");
    }

    private static IllegalArgumentException bad(RenameHint hint, String why) {
        return new IllegalArgumentException("rename " + hint.text() + ": " + why);
    }
}
