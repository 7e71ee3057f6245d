package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A UNIQUE constraint (not a unique index: those are {@link Index} with {@code unique}). */
public record UniqueConstraint(
        Optional<String> name, List<String> columns, boolean nullsNotDistinct, boolean deferrable,
        SourceLocation location) implements TableConstraint {

    public UniqueConstraint {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(location, "location");
    }
}
