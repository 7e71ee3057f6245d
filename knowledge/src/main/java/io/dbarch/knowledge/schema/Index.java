package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An index (not one that only backs a PRIMARY KEY or UNIQUE constraint).
 *
 * @param name         empty for {@code CREATE INDEX ON t (…)} without a name
 * @param method       access method in lower case, {@code btree} when not stated
 * @param include      the {@code INCLUDE (…)} columns
 * @param where        the predicate of a partial index
 * @param concurrently created with {@code CONCURRENTLY}
 */
public record Index(
        Optional<String> name,
        QualifiedName table,
        boolean unique,
        String method,
        List<IndexKey> keys,
        List<String> include,
        Optional<String> where,
        boolean concurrently,
        SourceLocation location) {

    public Index {
        requireNonNull(name, "name");
        requireNonNull(table, "table");
        requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        requireNonNull(where, "where");
        requireNonNull(location, "location");
    }

    /** This index on {@code otherTable} (same name, keys and options). */
    public Index withTable(QualifiedName otherTable) {
        return new Index(name, otherTable, unique, method, keys, include, where, concurrently, location);
    }

    /** This index under {@code newName}. */
    public Index withName(String newName) {
        return new Index(Optional.of(newName), table, unique, method, keys, include, where, concurrently, location);
    }

    /** The plain column names of the keys, in order; an expression key ends the list. */
    public List<String> leadingColumns() {
        var names = new java.util.ArrayList<String>();
        for (IndexKey key : keys) {
            if (key.expression()) {
                break;
            }
            names.add(key.text());
        }
        return List.copyOf(names);
    }

    public boolean isPartial() {
        return where.isPresent();
    }
}
