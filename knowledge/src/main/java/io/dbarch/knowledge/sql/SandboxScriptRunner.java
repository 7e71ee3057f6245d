package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.sql.ScriptRun.StatementOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Runs split statements in one session, statement by statement in autocommit, recording each outcome. */
final class SandboxScriptRunner {

    /** Rows a statement may return before the rest is discarded (results are not kept anyway). */
    private static final int MAX_ROWS = 100;

    /**
     * {@code SET client_encoding} (pg_dump writes one) would make the JDBC driver drop the session: it only speaks
     * UTF-8. The script's text is already decoded, so the statement has nothing left to do and is skipped.
     */
    private static final Pattern CLIENT_ENCODING = Pattern.compile(
            "\\s*SET\\s+(?:SESSION\\s+|LOCAL\\s+)?client_encoding\\b", Pattern.CASE_INSENSITIVE);
    static final String ENCODING_SKIPPED = "skipped: the sandbox session speaks UTF-8 and the script text is"
            + " already decoded";

    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final int clientTimeoutSeconds;

    SandboxScriptRunner(Connector connector, SandboxLimits limits) {
        this.connector = connector;
        // A backstop in case the script itself lifted statement_timeout: the driver cancels the statement.
        this.clientTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE,
                limits.statementTimeout().plusMillis(999).toSeconds() + 2);
    }

    ScriptRun run(List<String> statements) {
        var outcomes = new ArrayList<StatementOutcome>();
        Connection connection = null;
        try (var drain = new SandboxNoticeDrain()) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                if (sql == null || sql.isBlank()) {
                    continue;
                }
                if (CLIENT_ENCODING.matcher(sql).lookingAt()) {
                    outcomes.add(new StatementOutcome(i, true, Optional.empty(), Optional.of(ENCODING_SKIPPED),
                            Duration.ZERO));
                    continue;
                }
                long start = System.nanoTime();
                try {
                    if (connection == null) {
                        connection = connector.open();
                    }
                    execute(connection, sql, drain);
                    outcomes.add(StatementOutcome.success(i, since(start)));
                } catch (SQLException e) {
                    outcomes.add(StatementOutcome.failure(i, e.getSQLState(), message(e), since(start)));
                    if (connection != null && !alive(connection)) {
                        closeQuietly(connection);
                        connection = null;
                    }
                }
            }
        } finally {
            closeQuietly(connection);
        }
        return new ScriptRun(outcomes);
    }

    private void execute(Connection connection, String sql, SandboxNoticeDrain drain) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            st.setMaxRows(MAX_ROWS);
            st.setQueryTimeout(clientTimeoutSeconds);
            drain.watch(st);
            st.execute(sql);
        } finally {
            drain.unwatch();
        }
    }

    static String message(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage server = p.getServerErrorMessage();
            var text = new StringBuilder(String.valueOf(server.getMessage()));
            if (server.getDetail() != null) {
                text.append(" (detail: ").append(server.getDetail()).append(')');
            }
            if (server.getHint() != null) {
                text.append(" (hint: ").append(server.getHint()).append(')');
            }
            return text.toString();
        }
        return String.valueOf(e.getMessage());
    }

    private static boolean alive(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session is gone either way
        }
    }
}
