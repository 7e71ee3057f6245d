package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxLimitsTest {

    @Test
    void should_use_defaults_when_environment_is_silent() {
        // when
        SandboxLimits limits = SandboxLimits.fromEnvironment(Map.of());

        // then
        assertThat(limits).isEqualTo(new SandboxLimits(Duration.ofSeconds(30), Duration.ofSeconds(5)));
    }

    @Test
    void should_read_durations_when_environment_sets_them() {
        // given
        var env = Map.of(SandboxLimits.STATEMENT_TIMEOUT_ENV, "2m", SandboxLimits.LOCK_TIMEOUT_ENV, "750ms");

        // when
        SandboxLimits limits = SandboxLimits.fromEnvironment(env);

        // then
        assertThat(limits.statementTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(limits.lockTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void should_name_variable_and_format_when_value_is_malformed() {
        // given
        var env = Map.of(SandboxLimits.STATEMENT_TIMEOUT_ENV, "thirty seconds");

        // when / then
        assertThatThrownBy(() -> SandboxLimits.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DBARCH_SANDBOX_STATEMENT_TIMEOUT='thirty seconds'")
                .hasMessageContaining("30s");
    }

    @Test
    void should_refuse_zero_when_timeout_would_be_disabled() {
        // given
        var env = Map.of(SandboxLimits.LOCK_TIMEOUT_ENV, "0");

        // when / then
        assertThatThrownBy(() -> SandboxLimits.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DBARCH_SANDBOX_LOCK_TIMEOUT")
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> new SandboxLimits(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
