package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * One foreign key as a line of the diagram, from the referencing (child) table to the referenced (parent) table.
 *
 * @param optional true when a foreign-key column is nullable: the child has zero or one parent, else exactly one
 * @param oneToOne true when the foreign-key columns are unique in the child: a parent has at most one child
 * @param label    the foreign-key columns, set when the line alone would be ambiguous (self-references, or
 *                 several foreign keys between the same two tables)
 */
record Relationship(
        QualifiedName child, List<String> childColumns, QualifiedName parent, List<String> parentColumns,
        boolean optional, boolean oneToOne, Optional<String> label) {

    Relationship {
        requireNonNull(child, "child");
        childColumns = List.copyOf(childColumns);
        requireNonNull(parent, "parent");
        parentColumns = List.copyOf(parentColumns);
        requireNonNull(label, "label");
    }

    boolean selfReference() {
        return child.equals(parent);
    }

    boolean touches(QualifiedName table) {
        return child.equals(table) || parent.equals(table);
    }

    /** The table at the other end from {@code table}. */
    QualifiedName other(QualifiedName table) {
        return child.equals(table) ? parent : child;
    }

    Relationship withLabel(Optional<String> text) {
        return new Relationship(child, childColumns, parent, parentColumns, optional, oneToOne, text);
    }

    /** {@code film.language_id -> language.language_id}, for descriptions and messages. */
    String describe() {
        return child + "(" + String.join(", ", childColumns) + ") -> " + parent + "("
                + String.join(", ", parentColumns) + ")";
    }
}
