package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.TableChanges.CreateTable;
import io.dbarch.knowledge.migration.TableChanges.DropTable;
import io.dbarch.knowledge.migration.TableChanges.RenameTable;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds every difference between two schemas, given the renames to apply. */
final class Differ {

    private final SchemaModel from;
    private final SchemaModel to;
    private final Renames renames;
    private final SourceMapper mapper;
    private final String defaultSchema;

    Differ(SchemaModel from, SchemaModel to, Renames renames) {
        this.from = PartitionClones.strip(from);
        this.to = PartitionClones.strip(to);
        this.defaultSchema = to.dialect().defaultSchema();
        this.renames = SequenceRenames.detect(this.from, this.to, renames);
        this.mapper = new SourceMapper(this.renames, defaultSchema);
    }

    /** The differences, in no particular order (the planner orders the steps). */
    List<Change> diff() {
        List<Change> out = new ArrayList<>();
        new ObjectDiffer(from, to, mapper).diff(out);
        TableDiffer tables = new TableDiffer(to, renames, new KeyDiffer(new Signatures(from, to, mapper)));
        Map<QualifiedName, Table> sources = new LinkedHashMap<>();
        from.tables().forEach(t -> sources.put(mapper.table(t.name()), t));
        for (Table target : to.tables()) {
            QualifiedName key = target.name().inSchema(defaultSchema);
            Table original = sources.remove(key);
            if (original == null) {
                out.add(new CreateTable(target));
                continue;
            }
            if (!original.name().inSchema(defaultSchema).equals(key)) {
                out.add(new RenameTable(original.name(), target));
            }
            tables.diff(original, mapper.map(original), target, out);
        }
        sources.values().forEach(t -> out.add(new DropTable(t)));
        new ViewDiffer(from, to, mapper).diff(out);
        return out;
    }

    SourceMapper mapper() {
        return mapper;
    }
}
