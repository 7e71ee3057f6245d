package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class OltpOnWarehouseEngineTest {

    private final EscalationRule rule = new OltpOnWarehouseEngine();

    @Test
    void should_flag_when_snowflake_must_answer_in_tens_of_milliseconds() {
        // given
        var r = Samples.yaml("name: X\nplatform: {engine: snowflake}\nslas: {p99LatencyMs: 30}\nworkload: {peakWritesPerSecond: 400}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.why()).contains("p99 of 30 ms", "400 writes/s");
    }

    @Test
    void should_accept_when_snowflake_serves_reporting_latencies() {
        // given
        var r = Samples.yaml("name: X\nplatform: {engine: snowflake}\nslas: {p99LatencyMs: 5000}\nworkload: {peakWritesPerSecond: 5}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_an_oltp_engine_serves_tight_latencies() {
        // given
        var r = Samples.yaml("name: X\nplatform: {engine: postgresql}\nslas: {p99LatencyMs: 10}\nworkload: {peakWritesPerSecond: 400}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
