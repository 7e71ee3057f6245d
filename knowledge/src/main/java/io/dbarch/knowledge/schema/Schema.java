package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A namespace ({@code CREATE SCHEMA}); the default schema appears only when the source creates or comments it. */
public record Schema(String name, Optional<String> comment, SourceLocation location) {

    public Schema {
        requireNonNull(name, "name");
        requireNonNull(comment, "comment");
        requireNonNull(location, "location");
    }
}
