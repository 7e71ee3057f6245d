package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An installed extension ({@code CREATE EXTENSION pgcrypto WITH SCHEMA public}). */
public record Extension(String name, Optional<String> schema, SourceLocation location) {

    public Extension {
        requireNonNull(name, "name");
        requireNonNull(schema, "schema");
        requireNonNull(location, "location");
    }
}
