package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class RpoZeroRegionLossLatencyTest {

    private final EscalationRule rule = new RpoZeroRegionLossLatency();

    @Test
    void should_flag_commit_cost_when_zero_loss_must_survive_a_region_and_latency_is_tight() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 0, regions: [eu-west-1, eu-central-1], p99LatencyMs: 20}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("slas.rpoScope: region (default, not stated)");
        assertThat(e.why()).contains("eu-west-1 ↔ eu-central-1: 25 ms", "at least 27 ms", "20 ms");
    }

    @Test
    void should_accept_when_zero_loss_is_required_for_zone_failures_only() {
        // given
        var r = Samples.yaml("""
                name: X
                slas: {rpoSeconds: 0, rpoScope: zone, regions: [eu-west-1, eu-central-1], p99LatencyMs: 20}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_latency_budget_covers_the_cross_region_commit() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 0, regions: [eu-west-1, eu-central-1], p99LatencyMs: 80}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
