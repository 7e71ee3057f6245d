package io.dbarch.agent;

import java.time.Duration;

/**
 * Hears of every tool the model ran: its registered name (one of a fixed set, never user text), how long it took
 * and whether it failed (bad arguments, an exception, or a result marked as an error). Called on the thread that
 * ran the tool, after the result is ready; an observer that throws does not change the result.
 */
@FunctionalInterface
public interface ToolObserver {

    ToolObserver NONE = (tool, took, failed) -> { };

    void toolFinished(String tool, Duration took, boolean failed);
}
