package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * A schema-qualified object name. Names are stored as the database keeps them (PostgreSQL folds unquoted
 * identifiers to lower case; quoted ones keep their case). An empty schema means "not qualified".
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public QualifiedName {
        requireNonNull(schema, "schema");
        requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    public static QualifiedName unqualified(String name) {
        return new QualifiedName("", name);
    }

    public boolean isQualified() {
        return !schema.isEmpty();
    }

    /** This name with {@code defaultSchema} filled in when it has none. */
    public QualifiedName inSchema(String defaultSchema) {
        return isQualified() ? this : new QualifiedName(defaultSchema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return isQualified() ? schema + "." + name : name;
    }
}
