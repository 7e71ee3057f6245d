package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers a provider failure for a cool-down period, so that the remaining calls of a turn (and turns right after
 * it) go straight to the offline engine instead of waiting for the provider again. Thread-safe.
 */
final class CircuitState {

    private final Clock clock;
    private final Duration coolDown;
    private Instant openUntil = Instant.MIN;
    private String reason = "";

    CircuitState(Clock clock, Duration coolDown) {
        this.clock = requireNonNull(clock, "clock");
        this.coolDown = requireNonNull(coolDown, "coolDown");
    }

    /** The reason of the last failure while the cool-down lasts. */
    synchronized Optional<String> open() {
        return clock.instant().isBefore(openUntil) ? Optional.of(reason) : Optional.empty();
    }

    synchronized void failed(String why) {
        reason = why;
        openUntil = clock.instant().plus(coolDown);
    }
}
