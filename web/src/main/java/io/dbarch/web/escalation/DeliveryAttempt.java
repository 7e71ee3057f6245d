package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.QueryableChannel.Presence;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a claimed delivery. A {@link QueryableChannel} whose earlier attempt may have arrived is asked
 * first: found means delivered without sending, a failed lookup means try again later with nothing sent. Before a
 * queryable channel is sent to, the attempt's start is committed, so that a process dying between the receiver's
 * answer and the outbox update leaves a lookup to do, not a second notice to send.
 */
final class DeliveryAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

    private final DeliveryRows rows;
    private final Clock clock;

    DeliveryAttempt(DeliveryRows rows, Clock clock) {
        this.rows = requireNonNull(rows, "rows");
        this.clock = requireNonNull(clock, "clock");
    }

    SendOutcome run(Delivery d, EscalationChannel channel, EscalationRecord escalation) {
        if (channel instanceof QueryableChannel queryable) {
            if (d.attemptStartedAt().isPresent()) {
                Presence presence = lookUp(queryable, d);
                if (presence.state() == Presence.State.FOUND) {
                    LOG.info("Escalation delivery {} had already arrived; not sending it again", d.key());
                    return SendOutcome.ok();
                }
                if (presence.state() == Presence.State.UNKNOWN) {
                    return SendOutcome.retry("could not check whether an earlier attempt arrived, so nothing was "
                            + "sent: " + presence.error(), Optional.empty());
                }
            }
            rows.attemptStarted(d.id(), clock.instant());
        }
        try {
            return channel.send(escalation, d.key());
        } catch (RuntimeException ex) {
            return SendOutcome.retry("sending failed: " + ex.getClass().getSimpleName(), Optional.empty());
        }
    }

    private static Presence lookUp(QueryableChannel channel, Delivery d) {
        try {
            return channel.lookUp(d.key(), d.attemptStartedAt().orElseThrow());
        } catch (RuntimeException ex) {
            return Presence.unknown("lookup failed: " + ex.getClass().getSimpleName());
        }
    }
}
