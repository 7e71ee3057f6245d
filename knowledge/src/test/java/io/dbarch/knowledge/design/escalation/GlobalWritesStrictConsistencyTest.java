package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class GlobalWritesStrictConsistencyTest {

    private final EscalationRule rule = new GlobalWritesStrictConsistency();

    @Test
    void should_flag_with_round_trip_when_strict_writes_span_continents_below_rtt() {
        // given
        var r = Samples.yaml("""
                name: X
                slas: {regions: [us-east-1, eu-central-1], writeRegions: [us-east-1, eu-central-1],
                       consistency: serializable, p99LatencyMs: 50}
                """);

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.severity()).isEqualTo(Escalation.Severity.BLOCKER);
        assertThat(e.conflicting()).contains("slas.writeRegions: [us-east-1, eu-central-1]",
                "slas.consistency: serializable", "slas.p99LatencyMs: 50");
        assertThat(e.why()).contains("us-east-1 ↔ eu-central-1: 88 ms", "50 ms");
        assertThat(e.deciders()).contains(Escalation.Decider.PRODUCT, Escalation.Decider.INFRASTRUCTURE);
        assertThat(e.options()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void should_accept_when_latency_budget_covers_the_round_trip() {
        // given
        var r = Samples.yaml("""
                name: X
                slas: {regions: [eu-west-1, eu-central-1], writeRegions: [eu-west-1, eu-central-1],
                       consistency: strong, p99LatencyMs: 60}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_writes_are_eventually_consistent() {
        // given
        var r = Samples.yaml("""
                name: X
                slas: {regions: [us-east-1, ap-southeast-1], writeRegions: [us-east-1, ap-southeast-1],
                       consistency: eventual, p99LatencyMs: 20}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_writes_originate_in_one_region() {
        // given
        var r = Samples.yaml("""
                name: X
                slas: {regions: [us-east-1, eu-west-1], writeRegions: [us-east-1], consistency: serializable, p99LatencyMs: 10}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
