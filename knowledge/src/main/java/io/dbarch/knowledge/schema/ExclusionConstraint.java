package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A PostgreSQL EXCLUDE constraint, kept as its definition text, e.g. {@code USING gist (room WITH =, during WITH &&)}. */
public record ExclusionConstraint(Optional<String> name, String definition, SourceLocation location)
        implements TableConstraint {

    public ExclusionConstraint {
        requireNonNull(name, "name");
        requireNonNull(definition, "definition");
        requireNonNull(location, "location");
    }
}
