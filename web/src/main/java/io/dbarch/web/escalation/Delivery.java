package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One escalation's delivery to one channel: a row of the outbox.
 *
 * @param status           {@code pending}, {@code sending} (claimed by a worker), {@code delivered} or
 *                         {@code failed}
 * @param attemptStartedAt when an attempt that may have reached a {@link QueryableChannel} began; that channel
 *                         is asked before the notice is sent again
 */
public record Delivery(long id, String escalationId, String channel, String status, int attempts,
        Instant nextAttemptAt, String lastError, Optional<Instant> deliveredAt, Optional<Instant> attemptStartedAt) {

    public static final String PENDING = "pending";
    public static final String SENDING = "sending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    public Delivery {
        requireNonNull(escalationId, "escalationId");
        requireNonNull(channel, "channel");
        requireNonNull(status, "status");
        requireNonNull(nextAttemptAt, "nextAttemptAt");
        requireNonNull(lastError, "lastError");
        requireNonNull(deliveredAt, "deliveredAt");
        requireNonNull(attemptStartedAt, "attemptStartedAt");
    }

    /** The delivery id receivers can use to drop a repeat, e.g. {@code esc-…:webhook}; the same on every attempt. */
    public String key() {
        return escalationId + ":" + channel;
    }
}
