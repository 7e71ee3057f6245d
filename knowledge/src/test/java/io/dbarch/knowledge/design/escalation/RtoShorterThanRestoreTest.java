package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class RtoShorterThanRestoreTest {

    private final EscalationRule rule = new RtoShorterThanRestore();

    @Test
    void should_flag_restore_minutes_when_data_is_too_large_for_the_rto() {
        // given 2 TB at the default 200 GB/h is 600 minutes before WAL replay
        var r = Samples.yaml("name: X\nworkload: {dataSizeGb: 2000, peakWritesPerSecond: 100}\nslas: {rtoMinutes: 60}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.severity()).isEqualTo(Escalation.Severity.WARNING);
        assertThat(e.conflicting()).contains("slas.rtoMinutes: 60", "workload.dataSizeGb: 2000",
                "platform.backup.restoreGbPerHour: 200 (default, not stated)");
        assertThat(e.why()).contains("Restoring 2,000 GB at 200 GB/h takes 600 minutes", "logical error");
    }

    @Test
    void should_be_a_blocker_when_a_single_instance_can_only_recover_by_restore() {
        // given
        var r = Samples.yaml("name: X\nworkload: {dataSizeGb: 500}\nslas: {rtoMinutes: 30}\nplatform: {topology: single-instance}");

        // then
        assertThat(rule.check(r).orElseThrow().severity()).isEqualTo(Escalation.Severity.BLOCKER);
    }

    @Test
    void should_accept_when_the_measured_restore_throughput_fits_the_rto() {
        // given 2 TB at 4 TB/h is 30 minutes, plus a few minutes of WAL
        var r = Samples.yaml("""
                name: X
                workload: {dataSizeGb: 2000, peakWritesPerSecond: 100}
                slas: {rtoMinutes: 60}
                platform: {backup: {restoreGbPerHour: 4000}}
                """);

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
