package io.dbarch.knowledge.erd;

import java.util.Locale;
import java.util.Optional;

/** How many columns each entity shows. */
public enum ColumnDetail {
    /** Every column with its type and markers. */
    ALL,
    /** Only primary-key, foreign-key and unique columns. */
    KEYS,
    /** Table names only. */
    NONE;

    /** The detail named {@code all}, {@code keys} or {@code none} (any case). */
    public static Optional<ColumnDetail> fromId(String id) {
        for (ColumnDetail d : values()) {
            if (d.name().equals(id.toUpperCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The lower-case name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
