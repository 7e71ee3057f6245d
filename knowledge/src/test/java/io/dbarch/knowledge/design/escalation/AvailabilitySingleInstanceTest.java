package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class AvailabilitySingleInstanceTest {

    private final EscalationRule rule = new AvailabilitySingleInstance();

    @Test
    void should_flag_downtime_budget_when_four_nines_run_on_one_instance() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.99}\nplatform: {topology: single-instance}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("99.99% allows 53 minutes", "about 100 minutes, 1.9× the budget");
    }

    @Test
    void should_accept_when_three_nines_run_on_one_instance() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.9}\nplatform: {topology: single-instance}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_four_nines_run_multi_az() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.99}\nplatform: {topology: multi-az}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
