package io.dbarch.web.escalation;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: {@code first × 2^(attempt-1)}, at most {@code max}, with ±20 % jitter; after
 * {@code maxAttempts} the delivery is given up.
 */
public record Backoff(Duration first, Duration max, int maxAttempts) {

    /** 2 s, 4 s, 8 s … up to 10 minutes; 12 attempts (about 40 minutes in all). */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), 12);
    }

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max and at least one attempt");
        }
    }

    /** The pause after the {@code attempt}-th failed attempt (1-based). */
    public Duration after(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
        long millis = Math.min(first.toMillis() * factor, max.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (millis * jitter)));
    }
}
