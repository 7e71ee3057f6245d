package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseRequirementsTest {

    @Test
    void should_write_the_write_regions_consistency_and_latency_when_a_message_states_all_three() {
        // when
        var yaml = ProseRequirements.yaml("We need writes accepted in three regions (US, EU, APAC), strict "
                + "serializable consistency, and p99 write latency under 20 ms.");

        // then
        assertThat(yaml).hasValueSatisfying(y -> assertThat(y)
                .contains("writeRegions: [us-east-1, eu-central-1, ap-southeast-1]")
                .contains("consistency: serializable").contains("p99LatencyMs: 20"));
    }

    @Test
    void should_read_region_ids_and_strong_consistency_when_written_as_such() {
        // when
        var yaml = ProseRequirements.yaml("Active-active in eu-west-1 and us-west-2, linearizable reads and "
                + "writes, latency below 50 ms at p99");

        // then
        assertThat(yaml).hasValueSatisfying(y -> assertThat(y).contains("writeRegions: [eu-west-1, us-west-2]")
                .contains("consistency: strong").contains("p99LatencyMs: 50"));
    }

    @Test
    void should_check_nothing_when_writes_stay_in_one_region_or_a_constraint_is_missing() {
        // then: replicas are not writes; "us" is a pronoun; no latency; no strict consistency
        assertThat(ProseRequirements.yaml("Replicas in the US and EU, strong consistency, p99 latency 20 ms"))
                .isEmpty();
        assertThat(ProseRequirements.yaml("Let us accept writes in all regions of eu-west-1, serializable, p99 "
                + "latency 20 ms")).isEmpty();
        assertThat(ProseRequirements.yaml("Writes in all regions (US, EU), serializable")).isEmpty();
        assertThat(ProseRequirements.yaml("Writes in all regions (US, EU), eventual consistency, p99 latency 20 ms"))
                .isEmpty();
    }
}
