package io.dbarch.agent.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(2),
            Duration.ofSeconds(30));

    @Test
    void should_back_off_exponentially_up_to_the_cap_when_no_retry_after_is_given() {
        assertThat(policy.delay(1, Optional.empty())).contains(Duration.ofMillis(500));
        assertThat(policy.delay(2, Optional.empty())).contains(Duration.ofMillis(1_000));
        assertThat(policy.delay(3, Optional.empty())).contains(Duration.ofMillis(2_000));
        assertThat(policy.delay(4, Optional.empty())).isEmpty();
    }

    @Test
    void should_wait_as_told_when_retry_after_is_within_the_cap_and_give_up_when_it_is_longer() {
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(7)))).contains(Duration.ofSeconds(7));
        assertThat(policy.delay(1, Optional.of(Duration.ofSeconds(31)))).isEmpty();
    }

    @Test
    void should_read_seconds_and_http_dates_when_parsing_retry_after() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        assertThat(RetryAfter.parse(Optional.of("12"), now)).contains(Duration.ofSeconds(12));
        assertThat(RetryAfter.parse(Optional.of("Thu, 01 Jan 2026 10:00:05 GMT"), now))
                .contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse(Optional.of("soon"), now)).isEmpty();
        assertThat(RetryAfter.parse(Optional.empty(), now)).isEmpty();
    }

    @Test
    void should_retry_rate_limits_timeouts_and_server_errors_but_not_client_errors() {
        assertThat(RetryPolicy.retryable(429)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(408)).isTrue();
        assertThat(RetryPolicy.retryable(400)).isFalse();
        assertThat(RetryPolicy.retryable(401)).isFalse();
    }
}
