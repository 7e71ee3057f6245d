package io.dbarch.knowledge.design.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class ResidencyBackupLocationTest {

    @Test
    void should_flag_backup_copy_when_backups_leave_the_jurisdiction() {
        // given
        var r = Samples.yaml("""
                name: X
                compliance: {dataResidency: [EU]}
                slas: {regions: [eu-central-1]}
                platform: {backup: {region: eu-west-2}}
                """);

        // when
        Escalation e = new ResidencyBackupLocation().check(r).orElseThrow();

        // then
        assertThat(e.conflicting()).contains("platform.backup.region: eu-west-2");
        assertThat(e.why()).contains("eu-west-2 (London, UK)");
    }

    @Test
    void should_accept_backup_copy_when_backups_stay_inside() {
        // given
        var r = Samples.yaml("""
                name: X
                compliance: {dataResidency: [EU, UK]}
                slas: {regions: [eu-central-1]}
                platform: {backup: {region: eu-west-2}}
                """);

        // then
        assertThat(new ResidencyBackupLocation().check(r)).isEmpty();
    }
}
