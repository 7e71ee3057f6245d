package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A foreign-key constraint.
 *
 * @param referencedColumns empty when the source omitted them (then the referenced table's primary key is meant)
 * @param notValid          added with {@code NOT VALID} and not validated since
 */
public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        boolean deferrable,
        boolean initiallyDeferred,
        boolean notValid,
        SourceLocation location) implements TableConstraint {

    public ForeignKey {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        requireNonNull(onDelete, "onDelete");
        requireNonNull(onUpdate, "onUpdate");
        requireNonNull(location, "location");
    }
}
