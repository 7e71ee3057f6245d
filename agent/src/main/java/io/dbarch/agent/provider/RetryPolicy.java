package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * When and how long to wait before retrying a model call that failed with 429, 5xx, a timeout or a dropped
 * connection: exponential backoff from {@code initialBackoff} up to {@code maxBackoff}; a {@code Retry-After} the
 * server sends is honoured when it is at most {@code maxRetryAfter}, and a longer one ends the retries (the turn
 * then falls back to the offline engine instead of waiting).
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        requireNonNull(initialBackoff, "initialBackoff");
        requireNonNull(maxBackoff, "maxBackoff");
        requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be 0 to 10; got " + maxRetries);
        }
    }

    public static RetryPolicy of(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** The wait before retry number {@code retry} (1-based), or empty when it should not be retried. */
    Optional<Duration> delay(int retry, Optional<Duration> retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxRetryAfter) <= 0 ? retryAfter : Optional.empty();
        }
        long millis = initialBackoff.toMillis() << Math.min(20, retry - 1);
        return Optional.of(Duration.ofMillis(Math.min(millis, maxBackoff.toMillis())));
    }
}
