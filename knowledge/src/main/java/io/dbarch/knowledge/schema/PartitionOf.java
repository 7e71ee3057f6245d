package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * Marks a table as a partition of {@code parent}; {@code bound} is the bound text,
 * e.g. {@code FOR VALUES FROM ('2022-01-01') TO ('2022-02-01')} or {@code DEFAULT}.
 */
public record PartitionOf(QualifiedName parent, String bound) {

    public PartitionOf {
        requireNonNull(parent, "parent");
        requireNonNull(bound, "bound");
    }
}
