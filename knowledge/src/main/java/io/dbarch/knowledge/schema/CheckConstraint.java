package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A CHECK constraint.
 *
 * @param expression the condition text without the surrounding parentheses
 * @param column     the column it was declared on, when declared inline in a column definition
 * @param notValid   added with {@code NOT VALID} and not validated since
 */
public record CheckConstraint(
        Optional<String> name, String expression, Optional<String> column, boolean notValid,
        SourceLocation location) implements TableConstraint {

    public CheckConstraint {
        requireNonNull(name, "name");
        requireNonNull(expression, "expression");
        requireNonNull(column, "column");
        requireNonNull(location, "location");
    }
}
