package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An index (not one that only backs a PRIMARY KEY or UNIQUE constraint).
 *
 * @param name             empty for {@code CREATE INDEX ON t (…)} without a name
 * @param method           access method in lower case, {@code btree} when not stated
 * @param include          the {@code INCLUDE (…)} columns
 * @param nullsNotDistinct {@code NULLS NOT DISTINCT} (PostgreSQL 15+): rows whose keys are NULL conflict too;
 *                         kept for unique indexes only, where it means something
 * @param where            the predicate of a partial index
 * @param concurrently     created with {@code CONCURRENTLY}
 */
public record Index(
        Optional<String> name,
        QualifiedName table,
        boolean unique,
        String method,
        List<IndexKey> keys,
        List<String> include,
        boolean nullsNotDistinct,
        Optional<String> where,
        boolean concurrently,
        SourceLocation location) {

    public Index {
        requireNonNull(name, "name");
        requireNonNull(table, "table");
        requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        nullsNotDistinct = unique && nullsNotDistinct;
        requireNonNull(where, "where");
        requireNonNull(location, "location");
    }

    /** A plain index: no INCLUDE columns, NULLS NOT DISTINCT, predicate or CONCURRENTLY. */
    public static Index of(Optional<String> name, QualifiedName table, boolean unique, String method,
                           List<IndexKey> keys, SourceLocation location) {
        return new Index(name, table, unique, method, keys, List.of(), false, Optional.empty(), false, location);
    }

    /** This index on {@code otherTable} (same name, keys and options). */
    public Index withTable(QualifiedName otherTable) {
        return new Index(name, otherTable, unique, method, keys, include, nullsNotDistinct, where, concurrently,
                location);
    }

    /** This index under {@code newName}. */
    public Index withName(String newName) {
        return new Index(Optional.of(newName), table, unique, method, keys, include, nullsNotDistinct, where,
                concurrently, location);
    }

    /** This index as written without a name, e.g. to work out the name PostgreSQL would give it. */
    public Index withoutName() {
        return new Index(Optional.empty(), table, unique, method, keys, include, nullsNotDistinct, where,
                concurrently, location);
    }

    /** This index over other keys, INCLUDE columns and predicate (same name and options), e.g. after a rename. */
    public Index withKeys(List<IndexKey> newKeys, List<String> newInclude, Optional<String> newWhere) {
        return new Index(name, table, unique, method, newKeys, newInclude, nullsNotDistinct, newWhere, concurrently,
                location);
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
