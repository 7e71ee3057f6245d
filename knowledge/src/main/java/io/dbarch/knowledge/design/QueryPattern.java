package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One main query of the workload.
 *
 * @param sharePercent     share of all statements at peak
 * @param filterBy         attributes or related entity names compared for equality
 * @param groupBy          for aggregates: the related entity the result is grouped by
 * @param freshnessSeconds for aggregates: how stale the answer may be
 */
public record QueryPattern(
        String name,
        String entity,
        Kind kind,
        double sharePercent,
        List<String> filterBy,
        Optional<String> orderBy,
        int limit,
        Optional<String> groupBy,
        Optional<Integer> freshnessSeconds) {

    public QueryPattern {
        requireNonNull(name, "name");
        requireNonNull(entity, "entity");
        requireNonNull(kind, "kind");
        filterBy = List.copyOf(filterBy);
        requireNonNull(orderBy, "orderBy");
        requireNonNull(groupBy, "groupBy");
        requireNonNull(freshnessSeconds, "freshnessSeconds");
    }

    /** What a query does. */
    public enum Kind {
        READ, INSERT, UPDATE, DELETE, AGGREGATE;

        public boolean writes() {
            return this == INSERT || this == UPDATE || this == DELETE;
        }

        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
