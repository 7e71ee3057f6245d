package io.dbarch.knowledge.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the driver from hoarding notices. The JDBC driver keeps every NOTICE a statement receives as a warning until
 * the statement ends, and SQL can ask for notices ({@code SET client_min_messages = notice}) and raise them in a
 * loop: five seconds of that held about 1 GB. This daemon thread clears the running statement's warnings every
 * {@value #PERIOD_MILLIS} ms, so memory stays bounded whatever the SQL does.
 */
final class SandboxNoticeDrain implements AutoCloseable {

    private static final long PERIOD_MILLIS = 50;

    private final AtomicReference<Statement> running = new AtomicReference<>();
    private final Thread thread;

    SandboxNoticeDrain() {
        thread = new Thread(this::drain, "dbarch-sandbox-notice-drain");
        thread.setDaemon(true);
        thread.start();
    }

    void watch(Statement statement) {
        running.set(statement);
    }

    void unwatch() {
        running.set(null);
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            Statement statement = running.get();
            if (statement != null) {
                try {
                    statement.clearWarnings();
                } catch (SQLException | RuntimeException closedMeanwhile) {
                    // the statement ended between get() and clearWarnings(): nothing to drain
                }
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
