package io.dbarch.web.slack;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Jdbc;
import io.dbarch.web.storage.StorageException;
import java.time.Clock;

/** Slack event ids already taken: the first delivery of an event wins, retries and repeats do nothing. */
final class SlackEventLog {

    private final Jdbc jdbc;
    private final Clock clock;

    SlackEventLog(Jdbc jdbc, Clock clock) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
    }

    /** True when {@code eventId} is new (and is now taken). */
    boolean firstTime(String eventId) {
        try {
            jdbc.update("INSERT INTO slack_events (event_id, received_at) VALUES (?, ?)", eventId, clock.instant());
            return true;
        } catch (StorageException e) {
            if (Jdbc.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
