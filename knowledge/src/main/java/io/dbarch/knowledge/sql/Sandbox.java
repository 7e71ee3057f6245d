package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL 18 server for running untrusted SQL: every {@link #newDatabase() throwaway database} is
 * cloned from an empty template, owned by its own non-superuser login role (so it may create schemas, tables and
 * trusted extensions, but not run programs on the host), reachable only with that role's random password, and
 * dropped with its role on close. Sessions run with the {@link SandboxLimits}.
 *
 * <p>Use {@link #shared()} (one server per process, started on first use, stopped at JVM exit) unless you need
 * a server of your own. Thread-safe.
 */
public final class Sandbox implements AutoCloseable {

    static final String TEMPLATE = "dbarch_sandbox_template";
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxServer server;
    private final SandboxLimits limits;
    private final AtomicLong databaseCount = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;
    private final boolean shared;

    private Sandbox(SandboxServer server, SandboxLimits limits, boolean shared) {
        this.server = server;
        this.limits = limits;
        this.shared = shared;
        this.shutdownHook = new Thread(this::stop, "dbarch-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * The process-wide sandbox, started on first call with {@link SandboxLimits#fromEnvironment} and stopped by a
     * shutdown hook; {@link #close()} does nothing on it.
     *
     * @throws SandboxException when it could not start (every call then reports the same cause)
     */
    public static Sandbox shared() {
        return SandboxHolder.get();
    }

    /** Starts a sandbox of your own (a few seconds); close it when done. */
    public static Sandbox start(SandboxLimits limits) {
        return start(limits, false);
    }

    static Sandbox start(SandboxLimits limits, boolean shared) {
        requireNonNull(limits, "limits");
        long started = System.nanoTime();
        Sandbox sandbox = new Sandbox(SandboxServer.start(TEMPLATE), limits, shared);
        LOG.info("PostgreSQL sandbox started on port {} in {} ms", sandbox.server.port(),
                (System.nanoTime() - started) / 1_000_000);
        return sandbox;
    }

    /** A new empty database with this sandbox's limits. */
    public ThrowawayDatabase newDatabase() {
        return newDatabase(limits);
    }

    /** A new empty database whose sessions run with {@code limits}. */
    public ThrowawayDatabase newDatabase(SandboxLimits limits) {
        requireNonNull(limits, "limits");
        if (closed.get()) {
            throw new SandboxException("the sandbox is closed; start a new one");
        }
        String name = "sandbox_" + databaseCount.incrementAndGet() + "_" + SandboxServer.randomHex(4);
        String password = SandboxServer.randomHex(24);
        try {
            SandboxProvisioner.create(server, name, password, limits);
        } catch (SQLException e) {
            drop(name);
            throw new SandboxException("could not create a sandbox database: " + e.getMessage(), e);
        }
        return new ThrowawayDatabase(this, name, password, limits);
    }

    /** The limits {@link #newDatabase()} applies. */
    public SandboxLimits limits() {
        return limits;
    }

    /**
     * Stops the server and deletes its data directory; databases still open become unusable. Does nothing on the
     * {@link #shared()} sandbox, which lives until the JVM exits.
     */
    @Override
    public void close() {
        if (shared) {
            return;
        }
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing left to do
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    /** A superuser connection: for the sandbox's own housekeeping and trusted callers, never for user SQL. */
    Connection adminConnection(String database) throws SQLException {
        ensureOpen();
        return server.admin(database);
    }

    Connection connect(String database, String user, String password, String options) throws SQLException {
        ensureOpen();
        return server.connect(database, user, password, options);
    }

    private void ensureOpen() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the sandbox is closed", "08003");
        }
    }

    /** Drops a database and its role if they exist; false when that failed (the reason is logged). */
    boolean drop(String name) {
        if (closed.get()) {
            return true;
        }
        try {
            SandboxProvisioner.drop(server, name);
            return true;
        } catch (SQLException e) {
            LOG.warn("could not drop sandbox database {}: {}", name, e.getMessage());
            return false;
        }
    }

    private void stop() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            LOG.warn("could not stop the PostgreSQL sandbox cleanly: {}", e.getMessage());
        }
    }
}
