package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A domain: a base type with optional NOT NULL, DEFAULT and CHECK conditions. */
public record Domain(
        QualifiedName name, DataType baseType, boolean notNull, Optional<String> defaultExpression,
        List<String> checks, SourceLocation location) {

    public Domain {
        requireNonNull(name, "name");
        requireNonNull(baseType, "baseType");
        requireNonNull(defaultExpression, "defaultExpression");
        checks = List.copyOf(checks);
        requireNonNull(location, "location");
    }
}
