package io.dbarch.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per principal: {@code perMinute} requests a minute on average, bursts up to the same number. At
 * most {@value #MAX_BUCKETS} buckets are kept (the least recently used go). Thread-safe.
 */
public final class RateLimiter {

    static final int MAX_BUCKETS = 10_000;

    private final double perMilli;
    private final double capacity;
    private final Clock clock;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the rate limit must be at least 1 request per minute");
        }
        this.perMilli = perMinute / 60_000.0;
        this.capacity = perMinute;
        this.clock = clock;
    }

    /** Takes one request from {@code who}'s bucket; when empty, how long until the next one is allowed. */
    public synchronized Optional<Duration> acquire(String who) {
        long now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(who, k -> new double[] {capacity, now});
        double tokens = Math.min(capacity, bucket[0] + (now - bucket[1]) * perMilli);
        bucket[1] = now;
        if (tokens >= 1) {
            bucket[0] = tokens - 1;
            return Optional.empty();
        }
        bucket[0] = tokens;
        return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli)));
    }
}
