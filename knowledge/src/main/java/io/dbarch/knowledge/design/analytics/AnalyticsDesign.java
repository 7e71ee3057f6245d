package io.dbarch.knowledge.design.analytics;

import java.util.List;

/**
 * The analytics-offload design.
 *
 * @param approach       {@code none}, {@code read-replica} or {@code cdc}
 * @param target         the warehouse (or {@code read replica})
 * @param publicationSql PostgreSQL publication for logical replication / Debezium (empty unless CDC)
 * @param connectorJson  Debezium connector configuration (empty unless CDC)
 * @param reportSql      materialized views for the stated reports, in the target
 */
public record AnalyticsDesign(String approach, String target, List<Alternative> alternatives, String publicationSql,
                              String connectorJson, List<String> reportSql) {

    public AnalyticsDesign {
        alternatives = List.copyOf(alternatives);
        reportSql = List.copyOf(reportSql);
    }

    /** One way to serve analytics, with its trade-offs. */
    public record Alternative(String option, String freshness, String cost, String complexity, String fitsWhen) {
    }
}
