package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ErasureVsBackupRetentionTest {

    private final EscalationRule rule = new ErasureVsBackupRetention();
    private static final String PEOPLE = "domain: {entities: [{name: customer, attributes: [{name: email, type: email}]}]}\n";

    @Test
    void should_flag_days_past_deadline_when_backups_outlive_the_erasure_deadline() {
        // given
        var r = Samples.yaml("name: X\n" + PEOPLE + "compliance: {regimes: [GDPR]}\nplatform: {backup: {retentionDays: 90}}");

        // when
        Escalation e = rule.check(r).orElseThrow();

        // then
        assertThat(e.severity()).isEqualTo(Escalation.Severity.WARNING);
        assertThat(e.conflicting()).contains("compliance.erasureDeadlineDays: 30 (default, not stated)",
                "platform.backup.retentionDays: 90");
        assertThat(e.why()).contains("up to 90 days, 60 days past the 30-day erasure deadline");
    }

    @Test
    void should_accept_when_backups_expire_before_the_deadline() {
        // given
        var r = Samples.yaml("name: X\n" + PEOPLE + "compliance: {regimes: [GDPR]}\nplatform: {backup: {retentionDays: 28}}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }

    @Test
    void should_accept_when_no_right_to_erasure_applies() {
        // given
        var r = Samples.yaml("name: X\n" + PEOPLE + "compliance: {regimes: [SOX]}\nplatform: {backup: {retentionDays: 365}}");

        // then
        assertThat(rule.check(r)).isEmpty();
    }
}
