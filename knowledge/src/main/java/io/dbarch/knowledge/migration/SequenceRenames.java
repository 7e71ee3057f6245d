package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Sequence;
import java.util.Optional;

/**
 * A sequence owned by a column that stays (perhaps renamed) while the target's sequence for that column has
 * another name is the same sequence renamed: renaming keeps its current value, where drop and create would
 * restart it at 1 and collide with the keys already handed out.
 */
final class SequenceRenames {

    private SequenceRenames() {
    }

    static Renames detect(SchemaModel from, SchemaModel to, Renames renames) {
        String schema = to.dialect().defaultSchema();
        SourceMapper mapper = new SourceMapper(renames, schema);
        Renames out = renames;
        for (Sequence source : from.sequences()) {
            QualifiedName name = source.name().inSchema(schema);
            if (source.ownedBy().isEmpty() || to.sequences().stream()
                    .anyMatch(s -> s.name().inSchema(schema).equals(name))) {
                continue;
            }
            QualifiedName table = mapper.table(source.ownedBy().get().table());
            String column = mapper.column(table, source.ownedBy().get().column());
            Optional<Sequence> target = to.sequences().stream()
                    .filter(s -> s.ownedBy().filter(o -> o.table().inSchema(schema).equals(table)
                            && o.column().equals(column)).isPresent())
                    .filter(s -> from.sequences().stream().noneMatch(f -> f.name().inSchema(schema)
                            .equals(s.name().inSchema(schema))))
                    .findFirst();
            if (target.isPresent()) {
                out = out.withSequence(name, target.get().name().inSchema(schema));
            }
        }
        return out;
    }
}
