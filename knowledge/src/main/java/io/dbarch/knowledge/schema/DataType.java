package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * A column, domain or sequence type.
 *
 * @param raw             the type as written in the source, e.g. {@code varchar(255)} or {@code TIMESTAMP(3)}
 * @param normalized      the canonical spelling, the one PostgreSQL's {@code format_type} prints for PostgreSQL
 *                        (e.g. {@code character varying(255)}, {@code timestamp(3) without time zone}, {@code integer[]})
 * @param name            the canonical base name without modifiers or array brackets, e.g. {@code character varying}
 * @param modifiers       the type modifiers, e.g. {@code [12, 2]} for {@code numeric(12,2)}
 * @param arrayDimensions 0 for a scalar, 1 for {@code text[]}, …
 */
public record DataType(String raw, String normalized, String name, List<String> modifiers, int arrayDimensions) {

    public DataType {
        requireNonNull(raw, "raw");
        requireNonNull(normalized, "normalized");
        requireNonNull(name, "name");
        modifiers = List.copyOf(modifiers);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** True when the base name equals one of {@code names} (canonical spelling, case-insensitive). */
    public boolean is(String... names) {
        for (String n : names) {
            if (name.equalsIgnoreCase(n)) {
                return true;
            }
        }
        return false;
    }

    /** The base name in lower case, for comparisons. */
    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return normalized;
    }
}
