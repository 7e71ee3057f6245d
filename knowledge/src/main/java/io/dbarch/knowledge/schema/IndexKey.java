package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * One key of an index.
 *
 * @param text       the column name, or the expression text for an expression key
 * @param expression true for an expression such as {@code lower(email)}
 * @param options    what follows the key, lower-cased: collation, operator class, {@code desc}, {@code nulls last}; empty if none
 */
public record IndexKey(String text, boolean expression, String options) {

    public IndexKey {
        requireNonNull(text, "text");
        requireNonNull(options, "options");
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, false, "");
    }

    public boolean descending() {
        return options.matches("(?s).*\\bdesc\\b.*");
    }
}
