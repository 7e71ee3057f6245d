package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.AlterEnum;
import io.dbarch.knowledge.migration.ViewChanges.CreateView;
import io.dbarch.knowledge.migration.ViewChanges.DropView;
import io.dbarch.knowledge.migration.ViewChanges.ReplaceView;
import io.dbarch.knowledge.migration.ViewChanges.ViewComment;
import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.migration.TableChanges.DropColumn;
import io.dbarch.knowledge.migration.TableChanges.RenameColumn;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares views, and rebuilds (drop and create again) the views that read a column whose type changes or that
 * goes away, and every view reading a rebuilt or dropped view. What a view reads is found in its text, erring
 * on the side of rebuilding.
 */
final class ViewDiffer {

    private final SchemaModel from;
    private final SchemaModel to;
    private final String defaultSchema;

    ViewDiffer(SchemaModel from, SchemaModel to, SourceMapper mapper) {
        this.from = from;
        this.to = to;
        this.defaultSchema = to.dialect().defaultSchema();
    }

    void diff(List<Change> out) {
        Map<QualifiedName, View> sources = new LinkedHashMap<>();
        from.views().forEach(v -> sources.put(v.name().inSchema(defaultSchema), v));
        Map<QualifiedName, View[]> kept = new LinkedHashMap<>();
        Map<QualifiedName, String> rebuild = new LinkedHashMap<>();
        List<QualifiedName> dropped = new ArrayList<>();
        for (View target : to.views()) {
            QualifiedName key = target.name().inSchema(defaultSchema);
            View source = sources.remove(key);
            if (source == null) {
                out.add(new CreateView(target));
            } else {
                kept.put(key, new View[] {source, target});
                if (source.materialized() != target.materialized()
                        || !Expressions.same(source.definition(), target.definition())) {
                    rebuild.put(key, "its definition changes");
                } else if (!source.comment().equals(target.comment())) {
                    out.add(new ViewComment(target));
                }
            }
        }
        sources.forEach((key, view) -> {
            out.add(new DropView(view));
            dropped.add(key);
        });
        for (String[] column : affectedColumns(out)) {
            kept.forEach((key, pair) -> {
                if (!rebuild.containsKey(key) && reads(pair[0], column[0]) && reads(pair[0], column[1])) {
                    rebuild.put(key, "it reads " + column[0] + "." + column[1]);
                }
            });
        }
        closure(kept, rebuild, dropped);
        rebuild.forEach((key, why) -> out.add(new ReplaceView(kept.get(key)[0], kept.get(key)[1],
                Optional.of(why))));
    }

    private void closure(Map<QualifiedName, View[]> kept, Map<QualifiedName, String> rebuild,
                         List<QualifiedName> dropped) {
        boolean grew = true;
        while (grew) {
            grew = false;
            List<QualifiedName> gone = new ArrayList<>(dropped);
            gone.addAll(rebuild.keySet());
            for (Map.Entry<QualifiedName, View[]> e : kept.entrySet()) {
                if (rebuild.containsKey(e.getKey())) {
                    continue;
                }
                Optional<QualifiedName> reads = gone.stream().filter(g -> reads(e.getValue()[0], g.name()))
                        .findFirst();
                if (reads.isPresent()) {
                    rebuild.put(e.getKey(), "it reads view " + reads.get());
                    grew = true;
                }
            }
        }
    }

    /** {table name, column name} pairs whose columns change type, are renamed or go away. */
    private List<String[]> affectedColumns(List<Change> changes) {
        List<String[]> out = new ArrayList<>();
        for (Change change : List.copyOf(changes)) {
            if (change instanceof DropColumn d) {
                out.add(new String[] {d.table().name().name(), d.column().name()});
            } else if (change instanceof RenameColumn r) {
                out.add(new String[] {r.table().name().name(), r.from()});
            } else if (change instanceof AlterColumn a && ColumnDelta.of(a.before(), a.after()).type()) {
                out.add(new String[] {a.table().name().name(), a.before().name()});
            } else if (change instanceof AlterEnum e && !EnumChanges.appendOnly(EnumChanges.renamed(e.before(),
                    EnumChanges.renamedLabels(e.before(), e.after())), e.after())) {
                to.tables().forEach(t -> t.columns().stream()
                        .filter(c -> c.type().lowerName().endsWith(e.after().name().name()))
                        .forEach(c -> out.add(new String[] {t.name().name(), c.name()})));
            }
        }
        return out;
    }

    private static boolean reads(View view, String name) {
        return Identifiers.mentions(view.definition(), name);
    }
}
