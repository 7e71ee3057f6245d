package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * A {@code COMMENT ON} for an object other than a table, column, view or schema (those carry their comment),
 * e.g. kind {@code index}, target {@code public.idx_orders_customer}.
 */
public record Comment(String objectKind, String target, String text, SourceLocation location) {

    public Comment {
        requireNonNull(objectKind, "objectKind");
        requireNonNull(target, "target");
        requireNonNull(text, "text");
        requireNonNull(location, "location");
    }
}
