package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A designed index.
 *
 * @param columns key columns or expressions in order, e.g. {@code tenant_id}, {@code lower(email)}
 * @param reason  which foreign key, natural key or query it serves
 */
public record IndexDesign(String name, List<String> columns, boolean unique, String reason) {

    public IndexDesign {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        requireNonNull(reason, "reason");
    }

    /** True when this index's leading columns are exactly {@code prefix}. */
    boolean startsWith(List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }
}
