package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ResidencyCrossRegionReplicaTest {

    @Test
    void should_flag_replica_region_and_propose_one_inside_when_dr_region_is_abroad() {
        // given
        var r = Samples.yaml("name: X\ncompliance: {dataResidency: [EU]}\nslas: {regions: [eu-west-1, us-east-1]}");

        // when
        Escalation e = new ResidencyCrossRegionReplica().check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("us-east-1 (Northern Virginia, US)");
        assertThat(e.options().get(0).choice()).contains("eu-west-3 (Paris, EU)").doesNotContain("us-");
        assertThat(e.deciders()).contains(Escalation.Decider.COMPLIANCE);
    }

    @Test
    void should_accept_replica_when_all_regions_are_inside_the_jurisdiction() {
        // given
        var r = Samples.yaml("name: X\ncompliance: {dataResidency: [EU]}\nslas: {regions: [eu-west-1, eu-central-1]}");

        // then
        assertThat(new ResidencyCrossRegionReplica().check(r)).isEmpty();
    }
}
