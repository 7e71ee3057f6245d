package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * How a partitioned table splits its rows: {@code PARTITION BY RANGE (created_at)} gives strategy {@code range}
 * and key {@code created_at}.
 */
public record Partitioning(String strategy, String key) {

    public Partitioning {
        requireNonNull(strategy, "strategy");
        requireNonNull(key, "key");
    }
}
