package io.dbarch.knowledge.design.analytics;

import io.dbarch.knowledge.design.Requirements;

/** The Markdown of the analytics section. */
final class AnalyticsMarkdown {

    private AnalyticsMarkdown() {
    }

    static String display(String target) {
        return switch (target) {
            case "snowflake" -> "Snowflake";
            case "bigquery" -> "BigQuery";
            case "clickhouse" -> "ClickHouse";
            case "postgresql" -> "a PostgreSQL reporting database";
            default -> target;
        };
    }

    static String render(Requirements r, AnalyticsDesign d, String why) {
        StringBuilder md = new StringBuilder();
        md.append("**Recommendation:** ").append(d.approach().equals("cdc")
                ? "change data capture (logical replication, Debezium) into " + display(d.target()) : "a read replica for reports")
                .append(" — ").append(why).append(". Freshness needed: ").append(r.analytics().freshnessMinutes())
                .append(" minutes.\n\n");
        md.append("| option | freshness | cost | complexity | fits when |\n|---|---|---|---|---|\n");
        d.alternatives().forEach(a -> md.append("| %s | %s | %s | %s | %s |\n".formatted(a.option(), a.freshness(),
                a.cost(), a.complexity(), a.fitsWhen())));
        if (d.approach().equals("cdc")) {
            md.append("\n### Pipeline\n\n");
            md.append("1. A publication on the primary lists the tables and their non-personal columns (`analytics/publication.sql`).\n");
            md.append("2. Debezium reads it through a logical replication slot and writes change events to Kafka (`analytics/debezium-connector.json`).\n");
            md.append("3. A sink (Snowflake/BigQuery/ClickHouse connector or a MERGE job) applies them to the warehouse every few minutes.\n");
            md.append("4. Materialized views in the warehouse serve the reports.\n\n");
            md.append("Risks: a stalled consumer pins WAL on the primary (capped by `max_slot_wal_keep_size`; alert on slot lag); "
                    + "DDL is not replicated by logical decoding, so schema changes need a runbook step; the initial "
                    + "snapshot of large tables takes hours and reads the primary.\n");
        } else {
            md.append("\nUse a dedicated replica for reports with `hot_standby_feedback = on` and a `statement_timeout`; "
                    + "its lag is the freshness. Move to CDC when reports scan more than the replica can cache.\n");
        }
        if (!d.reportSql().isEmpty()) {
            md.append("\n### Report views\n\n```sql\n").append(String.join("\n\n", d.reportSql())).append("\n```\n");
        }
        return md.toString();
    }
}
