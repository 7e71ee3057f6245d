package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapacityRequestTest {

    @Test
    void should_read_size_growth_and_rates_when_a_sizing_question_states_them() {
        // when
        var yaml = CapacityRequest.yaml("I have 200 GB growing 10 GB a month, 5k writes/s and 20k qps at peak. "
                + "How big a server do I need?");

        // then: 10 GB a month on 200 GB is 60 % a year
        assertThat(yaml).hasValueSatisfying(y -> assertThat(y).contains("dataSizeGb: 200",
                "growthPercentPerYear: 60", "peakWritesPerSecond: 5000", "peakReadsPerSecond: 20000"));
        assertThat(CapacityRequest.yaml("Capacity for 1.5 TB, 20% a year")).hasValueSatisfying(y ->
                assertThat(y).contains("dataSizeGb: 1500", "growthPercentPerYear: 20"));
    }

    @Test
    void should_read_nothing_when_no_sizing_is_asked_or_no_number_is_given() {
        assertThat(CapacityRequest.yaml("We store 200 GB of events; should we partition?")).isEmpty();
        assertThat(CapacityRequest.yaml("How big a server do I need?")).isEmpty();
    }
}
