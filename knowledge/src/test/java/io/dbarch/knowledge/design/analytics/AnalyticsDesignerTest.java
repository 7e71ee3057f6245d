package io.dbarch.knowledge.design.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import org.junit.jupiter.api.Test;

class AnalyticsDesignerTest {

    private static AnalyticsDesign design(Requirements r) {
        return new AnalyticsDesigner().design(r, new SchemaDesigner().design(r).data()).data();
    }

    @Test
    void should_choose_cdc_into_a_warehouse_without_personal_columns_when_data_is_large() {
        // when
        AnalyticsDesign d = design(Samples.requirements(Samples.ANALYTICS));

        // then
        assertThat(d.approach()).isEqualTo("cdc");
        assertThat(d.target()).isEqualTo("snowflake");
        assertThat(d.publicationSql()).contains("WITH (publish_via_partition_root = true)", "max_slot_wal_keep_size")
                .doesNotContain("full_name").doesNotContain("phone");
        assertThat(d.connectorJson()).contains("\"column.exclude.list\": \"public.customer.email,public.customer.full_name,public.customer.phone\"");
        assertThat(d.reportSql()).anySatisfy(sql -> assertThat(sql).contains("CREATE MATERIALIZED VIEW daily_revenue_by_product",
                "SELECT product_id, count(*) AS row_count, sum(unit_price) AS sum_unit_price", "GROUP BY product_id"));
    }

    @Test
    void should_choose_a_read_replica_when_data_is_small_and_reports_few() {
        // given
        var r = Samples.yaml("""
                name: X
                domain: {entities: [{name: ticket, rows: 100000, attributes: [{name: state, type: status, values: [open, closed]}]}]}
                workload: {dataSizeGb: 20}
                analytics: {reports: [{name: tickets_by_state, entity: ticket, groupBy: [state]}]}
                """);

        // when
        AnalyticsDesign d = design(r);

        // then
        assertThat(d.approach()).isEqualTo("read-replica");
        assertThat(d.publicationSql()).isEmpty();
    }

    @Test
    void should_pick_bigquery_when_the_platform_is_gcp_and_no_warehouse_is_stated() {
        // given
        var r = Samples.yaml("name: X\nworkload: {dataSizeGb: 2000}\nplatform: {provider: gcp}\nanalytics: {needed: true}");

        // then
        assertThat(design(r).target()).isEqualTo("bigquery");
    }

    @Test
    void should_plan_nothing_when_no_analytics_is_needed() {
        // then
        assertThat(design(Samples.requirements(Samples.SAAS)).approach()).isEqualTo("none");
    }
}
