package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A PostgreSQL enum type ({@code CREATE TYPE … AS ENUM}); labels in sort order. */
public record EnumType(QualifiedName name, List<String> labels, SourceLocation location) {

    public EnumType {
        requireNonNull(name, "name");
        labels = List.copyOf(labels);
        requireNonNull(location, "location");
    }
}
