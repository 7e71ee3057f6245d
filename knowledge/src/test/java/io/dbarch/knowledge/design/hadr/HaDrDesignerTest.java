package io.dbarch.knowledge.design.hadr;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Platform;
import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class HaDrDesignerTest {

    private final HaDrDesigner designer = new HaDrDesigner();

    @Test
    void should_choose_single_instance_with_pitr_when_slas_are_relaxed() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.5, rpoSeconds: 900, rtoMinutes: 480}");

        // when
        HaDrDesign d = designer.design(r).data();

        // then
        assertThat(d.tier()).isEqualTo(HaDrDesign.Tier.SINGLE_INSTANCE_PITR);
        assertThat(d.topology()).isEqualTo(Platform.Topology.SINGLE_INSTANCE);
        assertThat(d.standbys()).isZero();
        assertThat(d.backup().restoreTestCadence()).isEqualTo("quarterly");
    }

    @Test
    void should_choose_synchronous_quorum_when_rpo_is_zero() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 0, availabilityPercent: 99.95}");

        // when
        HaDrDesign d = designer.design(r).data();

        // then
        assertThat(d.tier()).isEqualTo(HaDrDesign.Tier.SYNC_QUORUM);
        assertThat(d.standbys()).isEqualTo(2);
        assertThat(d.synchronous()).isTrue();
    }

    @Test
    void should_add_cross_region_dr_and_slo_table_when_two_regions_are_named() {
        // when
        var section = designer.design(Samples.requirements(Samples.SAAS));

        // then
        HaDrDesign d = section.data();
        assertThat(d.tier()).isEqualTo(HaDrDesign.Tier.ASYNC_STANDBY);
        assertThat(d.drRegion()).contains("eu-central-1");
        assertThat(d.slos()).extracting(HaDrDesign.Slo::objective)
                .containsExactly("availability", "statement latency", "RPO", "RTO (failover)", "RTO (restore from backup)");
        assertThat(d.slos().get(0).target()).isEqualTo("99.95% (22 min/month, 263 min/year of downtime)");
        assertThat(section.markdown()).contains("Cross-region DR: an asynchronous replica in eu-central-1",
                "**PostgreSQL (chosen):**", "**Snowflake:**", "### Assumptions behind these numbers");
    }

    @Test
    void should_explain_active_active_limits_when_writes_come_from_several_regions() {
        // given
        var r = Samples.yaml("name: X\nslas: {regions: [us-east-1, eu-west-1], writeRegions: [us-east-1, eu-west-1]}");

        // then
        assertThat(designer.design(r).markdown()).contains("**Active-active, honestly:**");
    }
}
