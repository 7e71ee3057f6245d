package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A primary-key constraint; {@code name} is empty when the source did not name it. */
public record PrimaryKey(Optional<String> name, List<String> columns, boolean deferrable, SourceLocation location)
        implements TableConstraint {

    public PrimaryKey {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(location, "location");
    }
}
