package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A sequence.
 *
 * @param type    the declared {@code AS} type, {@code bigint} when not stated
 * @param ownedBy the column it belongs to ({@code OWNED BY t.c}, or the column of a {@code serial})
 */
public record Sequence(QualifiedName name, DataType type, Optional<ColumnRef> ownedBy, SourceLocation location) {

    public Sequence {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(ownedBy, "ownedBy");
        requireNonNull(location, "location");
    }
}
