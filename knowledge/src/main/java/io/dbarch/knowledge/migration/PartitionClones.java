package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/**
 * Removes from each partition the keys and indexes that are copies of its parent's: PostgreSQL creates them
 * itself, pg_dump declares them on the partition, and the catalog reader reports them once, on the parent.
 */
final class PartitionClones {

    private PartitionClones() {
    }

    static SchemaModel strip(SchemaModel model) {
        if (model.tables().stream().noneMatch(Table::isPartition)) {
            return model;
        }
        List<Table> tables = model.tables().stream().map(t -> t.partitionOf()
                .flatMap(p -> model.table(p.parent())).map(parent -> strip(t, parent)).orElse(t)).toList();
        return new SchemaModel(model.dialect(), model.schemas(), tables, model.views(), model.enums(),
                model.domains(), model.sequences(), model.extensions(), model.comments());
    }

    private static Table strip(Table partition, Table parent) {
        Optional<PrimaryKey> pk = partition.primaryKey()
                .filter(p -> parent.primaryKey().map(q -> !q.columns().equals(p.columns())).orElse(true));
        List<UniqueConstraint> uniques = partition.uniqueConstraints().stream()
                .filter(u -> parent.uniqueConstraints().stream().noneMatch(v -> v.columns().equals(u.columns())))
                .toList();
        List<ForeignKey> fks = partition.foreignKeys().stream()
                .filter(f -> parent.foreignKeys().stream().noneMatch(g -> g.columns().equals(f.columns())
                        && g.referencedTable().name().equals(f.referencedTable().name())))
                .toList();
        List<Index> indexes = partition.indexes().stream()
                .filter(i -> parent.indexes().stream().noneMatch(j -> Indexes.sameShape(i, j)))
                .toList();
        return new Table(partition.name(), partition.columns(), pk, uniques, partition.checks(), fks,
                partition.exclusions(), indexes, partition.partitioning(), partition.partitionOf(),
                partition.inherits(), partition.unlogged(), partition.options(), partition.comment(),
                partition.location());
    }
}
