package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A relationship between two entities, read from {@code from} to {@code to}: "many task to one project".
 *
 * @param required the {@code from} side must reference a {@code to} (NOT NULL)
 * @param name     role name used for the foreign-key column ({@code name_id}); the target's name by default
 */
public record Relationship(
        String from, String to, Cardinality kind, boolean required, Optional<String> name, OnDelete onDelete) {

    public Relationship {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(onDelete, "onDelete");
    }

    /** Cardinality as read from {@code from} to {@code to}. */
    public enum Cardinality { MANY_TO_ONE, ONE_TO_MANY, ONE_TO_ONE, MANY_TO_MANY }

    /** What happens to referencing rows when the referenced row is deleted. */
    public enum OnDelete { RESTRICT, CASCADE, SET_NULL }
}
