package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

/**
 * One problem in a requirements document.
 *
 * @param field   the path of the offending value, e.g. {@code slas.availabilityPercent} or
 *                {@code domain.entities[2].attributes[0].type}; {@code $} for the document itself
 * @param message what was wrong and what form would be accepted
 */
public record ValidationError(String field, String message) {

    public ValidationError {
        requireNonNull(field, "field");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
