package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class RtoExceedsDowntimeBudgetTest {

    private final EscalationRule rule = new RtoExceedsDowntimeBudget();

    @Test
    void should_flag_when_one_recovery_uses_more_than_a_year_of_downtime() {
        // given
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.99, rtoMinutes: 240}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("allows 53 minutes", "RTO of 240 minutes", "4.6× the budget");
        assertThat(e.options().get(0).choice()).contains("26 minutes");
    }

    @Test
    void should_accept_when_the_rto_fits_in_the_yearly_budget() {
        // given 99.95% allows 263 minutes a year
        var r = Samples.yaml("name: X\nslas: {availabilityPercent: 99.95, rtoMinutes: 30}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
