package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

/**
 * A value the design relies on that the requirements did not state.
 *
 * @param field  the requirement path, e.g. {@code slas.rtoMinutes}
 * @param value  the value assumed, as written in the design
 * @param reason why this default was chosen
 */
public record Assumption(String field, String value, String reason) {

    public Assumption {
        requireNonNull(field, "field");
        requireNonNull(value, "value");
        requireNonNull(reason, "reason");
    }

    /** One Markdown table row. */
    public String asRow() {
        return "| `%s` | %s | %s |".formatted(field, value, reason);
    }
}
