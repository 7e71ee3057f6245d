package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A channel that can be asked afterwards whether a notice arrived. For such a channel the outbox commits the start
 * of every attempt before sending; an attempt that may have reached the receiver without its answer reaching us (a
 * crash, a timeout, a dropped connection) is looked for there before anything is sent again, so the notice arrives
 * once.
 */
public interface QueryableChannel extends EscalationChannel {

    /**
     * Whether the notice sent with {@code deliveryKey} arrived at the receiver at or after {@code since} (the start
     * of the attempt in doubt). Never throws; a receiver that cannot be asked gives {@link Presence#unknown}.
     */
    Presence lookUp(String deliveryKey, Instant since);

    /** The answer of a lookup; {@code error} says why it is {@link State#UNKNOWN}, and is empty otherwise. */
    record Presence(State state, String error) {

        /** Whether the notice is at the receiver. */
        public enum State { FOUND, ABSENT, UNKNOWN }

        public Presence {
            requireNonNull(state, "state");
            requireNonNull(error, "error");
        }

        public static Presence found() {
            return new Presence(State.FOUND, "");
        }

        public static Presence absent() {
            return new Presence(State.ABSENT, "");
        }

        public static Presence unknown(String error) {
            return new Presence(State.UNKNOWN, error);
        }
    }
}
