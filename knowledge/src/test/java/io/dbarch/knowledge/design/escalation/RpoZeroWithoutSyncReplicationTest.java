package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class RpoZeroWithoutSyncReplicationTest {

    private final EscalationRule rule = new RpoZeroWithoutSyncReplication();

    @Test
    void should_flag_lost_transactions_when_rpo_is_zero_and_replication_async() {
        // given
        var r = Samples.yaml("""
                name: X
                workload: {peakWritesPerSecond: 800}
                slas: {rpoSeconds: 0}
                platform: {replication: asynchronous}
                """);

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).containsExactly("slas.rpoSeconds: 0", "platform.replication: asynchronous");
        assertThat(e.why()).contains("800 writes/s", "about 800 committed transactions");
    }

    @Test
    void should_flag_when_rpo_is_zero_on_a_single_instance() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 0}\nplatform: {topology: single-instance}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("platform.topology: single-instance");
        assertThat(e.why()).contains("archive_timeout");
    }

    @Test
    void should_accept_when_rpo_is_zero_with_synchronous_replication() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 0}\nplatform: {replication: synchronous, topology: multi-az}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_async_replication_meets_an_rpo_of_seconds() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 30}\nplatform: {replication: asynchronous}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
