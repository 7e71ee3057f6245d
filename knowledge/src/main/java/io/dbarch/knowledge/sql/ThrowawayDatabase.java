package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An empty database in the {@link Sandbox}, owned by its own non-superuser role, dropped (with the role and any
 * open sessions) on {@link #close()}. Thread-safe; every {@link #connect()} is a new session.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private final Sandbox sandbox;
    private final String name;
    private final String password;
    private final SandboxLimits limits;
    private final AtomicBoolean closed = new AtomicBoolean();

    ThrowawayDatabase(Sandbox sandbox, String name, String password, SandboxLimits limits) {
        this.sandbox = sandbox;
        this.name = name;
        this.password = password;
        this.limits = limits;
    }

    /** The database name, which is also the name of the role that owns it. */
    public String name() {
        return name;
    }

    /** {@code jdbc:postgresql://localhost:PORT/NAME}, without credentials; safe to show and to log. */
    public String jdbcUrl() {
        return sandbox.jdbcUrl(name);
    }

    public SandboxLimits limits() {
        return limits;
    }

    /**
     * A new session as the database's restricted role, in autocommit, with the statement and lock timeouts set.
     * The caller closes it. For user-provided SQL prefer {@link #run}: it also caps returned rows, cancels from the
     * client when the SQL lifts {@code statement_timeout}, and drops NOTICEs that the driver would otherwise keep
     * in memory until the statement ends.
     */
    public Connection connect() throws SQLException {
        ensureOpen();
        return sandbox.connect(name, name, password, sessionOptions(limits, false));
    }

    /**
     * Runs {@code statements} one by one in autocommit in one session as the restricted role, going on after a
     * failure (like psql without {@code ON_ERROR_STOP}); blank statements are skipped. Statements must already be
     * split (one statement each, without psql meta-commands). Never throws for SQL errors: they are outcomes.
     */
    public ScriptRun run(List<String> statements) {
        requireNonNull(statements, "statements");
        ensureOpen();
        return new SandboxScriptRunner(
                () -> sandbox.connect(name, name, password, sessionOptions(limits, true)), limits).run(statements);
    }

    /**
     * A SUPERUSER session on this database, for trusted code only (tests, the migration verifier) when the
     * restricted role cannot do something. Never run user-provided SQL on it: a superuser can run programs on
     * the host ({@code COPY … TO PROGRAM}). The caller closes it.
     */
    public Connection adminConnection() throws SQLException {
        ensureOpen();
        return sandbox.adminConnection(name);
    }

    /**
     * Drops the database and its role, ending open sessions. Idempotent.
     *
     * @throws SandboxException when PostgreSQL refused to drop them
     */
    @Override
    public void close() {
        if (!closed.getAndSet(true) && !sandbox.drop(name)) {
            throw new SandboxException("could not drop sandbox database " + name);
        }
    }

    private void ensureOpen() {
        if (closed.get() || sandbox.isClosed()) {
            throw new SandboxException("sandbox database " + name + " is closed");
        }
    }

    static String sessionOptions(SandboxLimits limits, boolean quiet) {
        return "-c statement_timeout=" + limits.statementTimeout().toMillis()
                + " -c lock_timeout=" + limits.lockTimeout().toMillis()
                + " -c idle_in_transaction_session_timeout=" + Math.max(60_000, limits.statementTimeout().toMillis())
                + (quiet ? " -c client_min_messages=error" : "");
    }

    @Override
    public String toString() {
        return jdbcUrl();
    }
}
