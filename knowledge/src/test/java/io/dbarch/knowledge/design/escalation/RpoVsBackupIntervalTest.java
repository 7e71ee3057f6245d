package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class RpoVsBackupIntervalTest {

    private final EscalationRule rule = new RpoVsBackupInterval();

    @Test
    void should_flag_when_daily_backups_without_pitr_must_meet_a_five_minute_rpo() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 300}\nplatform: {backup: {pointInTimeRecovery: false}}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("platform.backup.fullBackupIntervalHours: 24 (default, not stated)");
        assertThat(e.why()).contains("up to 24 hours (86,400 s) old, 288× the RPO of 300 s");
    }

    @Test
    void should_accept_when_point_in_time_recovery_is_on() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 300}\nplatform: {backup: {pointInTimeRecovery: true}}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_the_rpo_is_a_day_and_backups_are_daily() {
        // given
        var r = Samples.yaml("name: X\nslas: {rpoSeconds: 86400}\nplatform: {backup: {pointInTimeRecovery: false}}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
