package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Reporting and analytics needs.
 *
 * @param warehouse a target already chosen, when stated
 * @param region    where the analytics copy lives, when stated
 */
public record Analytics(
        boolean needed, int freshnessMinutes, Optional<String> warehouse, Optional<String> region, List<Report> reports) {

    public Analytics {
        requireNonNull(warehouse, "warehouse");
        requireNonNull(region, "region");
        reports = List.copyOf(reports);
    }

    /** A report: measures of an entity grouped by attributes or related entities. */
    public record Report(String name, String entity, List<String> groupBy, List<String> measures) {
        public Report {
            requireNonNull(name, "name");
            requireNonNull(entity, "entity");
            groupBy = List.copyOf(groupBy);
            measures = List.copyOf(measures);
        }
    }
}
