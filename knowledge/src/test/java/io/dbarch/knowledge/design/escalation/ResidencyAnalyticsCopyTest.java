package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ResidencyAnalyticsCopyTest {

    @Test
    void should_flag_analytics_copy_when_the_warehouse_is_abroad() {
        // given
        var r = Samples.yaml("""
                name: X
                compliance: {dataResidency: [US]}
                slas: {regions: [us-east-1]}
                analytics: {needed: true, warehouse: bigquery, region: europe-west1}
                """);

        // when
        Escalation e = new ResidencyAnalyticsCopy().check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("analytics.region: europe-west1");
    }

    @Test
    void should_accept_analytics_copy_when_no_residency_is_required() {
        // given
        var r = Samples.yaml("name: X\nslas: {regions: [us-east-1]}\nanalytics: {needed: true, region: europe-west1}");

        // then
        assertThat(new ResidencyAnalyticsCopy().check(r)).isEmpty();
    }
}
