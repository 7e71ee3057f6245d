package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A table column.
 *
 * @param defaultExpression the DEFAULT expression text as written, e.g. {@code now()}
 * @param identity          identity generation (PostgreSQL 10+)
 * @param serial            declared {@code serial}/{@code bigserial}/{@code smallserial}, or a default of
 *                          {@code nextval(…)} on a sequence OWNED BY this column (how pg_dump writes serial columns)
 * @param autoIncrement     MySQL {@code AUTO_INCREMENT}
 * @param generatedExpression the expression of a generated column ({@code GENERATED ALWAYS AS (…) STORED})
 */
public record Column(
        String name,
        DataType type,
        boolean nullable,
        Optional<String> defaultExpression,
        Identity identity,
        boolean serial,
        boolean autoIncrement,
        Optional<String> generatedExpression,
        Optional<String> collation,
        Optional<String> comment,
        SourceLocation location) {

    public Column {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(defaultExpression, "defaultExpression");
        requireNonNull(identity, "identity");
        requireNonNull(generatedExpression, "generatedExpression");
        requireNonNull(collation, "collation");
        requireNonNull(comment, "comment");
        requireNonNull(location, "location");
    }

    /** True when the database fills the value itself (identity, serial, auto-increment or generated). */
    public boolean isGenerated() {
        return identity != Identity.NONE || serial || autoIncrement || generatedExpression.isPresent();
    }

    public boolean hasDefault() {
        return defaultExpression.isPresent();
    }
}
