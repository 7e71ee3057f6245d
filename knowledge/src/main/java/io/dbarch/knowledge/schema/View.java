package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A view or materialized view; {@code definition} is the query text after {@code AS}. */
public record View(
        QualifiedName name, boolean materialized, String definition, Optional<String> comment,
        SourceLocation location) {

    public View {
        requireNonNull(name, "name");
        requireNonNull(definition, "definition");
        requireNonNull(comment, "comment");
        requireNonNull(location, "location");
    }
}
