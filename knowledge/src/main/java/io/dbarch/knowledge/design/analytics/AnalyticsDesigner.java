package io.dbarch.knowledge.design.analytics;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Analytics;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.analytics.AnalyticsDesign.Alternative;
import io.dbarch.knowledge.design.capacity.SizeModel;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import java.util.List;

/**
 * Designs analytics offload: CDC (logical replication / Debezium) into a warehouse with materialized views for the
 * reports, or a read replica as the simpler alternative, with the trade-offs in freshness, cost and complexity.
 */
public final class AnalyticsDesigner {

    /** Below this size in year 3 a read replica serves reports comfortably. */
    static final double REPLICA_GB = 200;

    static final List<Alternative> ALTERNATIVES = List.of(
            new Alternative("reports on the primary", "live", "none", "none",
                    "never beyond small data: long scans compete with transactions for I/O, CPU and locks"),
            new Alternative("read replica", "seconds (replication lag)", "one more instance", "low",
                    "reports are the same SQL on a few hundred GB; long queries need hot_standby_feedback or a "
                            + "dedicated replica, or they get cancelled"),
            new Alternative("CDC into a warehouse", "1–15 minutes", "warehouse compute + storage + the pipeline",
                    "medium to high: slots, schema changes, backfills, monitoring",
                    "large scans and history, columnar speed, joins with other sources, no load on production"));

    public Section<AnalyticsDesign> design(Requirements r, SchemaDesign schema) {
        requireNonNull(r, "r");
        Analytics a = r.analytics();
        if (!a.needed()) {
            AnalyticsDesign none = new AnalyticsDesign("none", "none", ALTERNATIVES, "", "", List.of());
            return new Section<>("analytics", "Analytics offload", "No analytics needs stated. When reports appear, "
                    + "start with a read replica; move to CDC into a warehouse when scans outgrow it.\n", none);
        }
        double gb3 = SizeModel.projectedGb(r, 3);
        boolean replica = a.warehouse().map(w -> w.equals("read-replica"))
                .orElse(gb3 < REPLICA_GB && a.reports().size() <= 5);
        String target = replica ? "read replica" : a.warehouse().orElseGet(() -> defaultWarehouse(r, gb3));
        String why = replica
                ? "%,.0f GB in year 3 and %d report(s): a read replica gives fresher data with far less machinery"
                .formatted(gb3, a.reports().size())
                : "%,.0f GB in year 3 and %d report(s) with %d-minute freshness: a columnar warehouse scans it "
                .formatted(gb3, a.reports().size(), a.freshnessMinutes()) + "without touching production";
        CdcArtifacts cdc = replica ? CdcArtifacts.none() : CdcArtifacts.of(r, schema);
        List<String> reports = ReportViews.of(r, target);
        AnalyticsDesign d = new AnalyticsDesign(replica ? "read-replica" : "cdc", target, ALTERNATIVES,
                cdc.publicationSql(), cdc.connectorJson(), reports);
        return new Section<>("analytics", "Analytics offload", AnalyticsMarkdown.render(r, d, why), d);
    }

    /** The display name of a warehouse target, e.g. {@code Snowflake}. */
    public static String display(String target) {
        return AnalyticsMarkdown.display(target);
    }

    private static String defaultWarehouse(Requirements r, double gb3) {
        if (gb3 < REPLICA_GB) {
            return "postgresql";
        }
        String provider = r.platform().provider().orElse("");
        if (provider.equals("gcp")) {
            return "bigquery";
        }
        return r.platform().managed() ? "snowflake" : "clickhouse";
    }
}
