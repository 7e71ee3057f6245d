package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Relationship.OnDelete;
import java.util.List;

/** A designed foreign key; composite (tenant_id, x_id) in a shared-schema multi-tenant design. */
public record ForeignKeyDesign(String name, List<String> columns, String references, List<String> referencedColumns,
                               OnDelete onDelete) {

    public ForeignKeyDesign {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(references, "references");
        referencedColumns = List.copyOf(referencedColumns);
        requireNonNull(onDelete, "onDelete");
    }
}
