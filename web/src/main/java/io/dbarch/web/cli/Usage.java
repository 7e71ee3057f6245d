package io.dbarch.web.cli;

import java.util.Set;

/** Help texts. */
final class Usage {

    static final Set<String> COMMANDS = Set.of("serve", "inspect");

    static final String MAIN = """
            Usage: dbarch COMMAND [ARGS]

            Commands:
              serve      Start the web app (chat page and API) on http://localhost:$DBARCH_PORT (default 7070).
              inspect    Read DDL files and print what they define, with file:line:col diagnostics.

            Run 'dbarch COMMAND --help' for a command's options.
            Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or unreadable input, 3 internal error.
            """;

    static final String SERVE = """
            Usage: dbarch serve

            Starts the web app: the chat page at /, POST /api/chat and GET /health.
            It listens on 127.0.0.1 only, and stops gracefully on Ctrl+C or SIGTERM.

            Environment:
              DBARCH_PORT            HTTP port (default 7070; 0 picks a free port)
              DBARCH_MODEL_PROVIDER  chat model: offline (default, deterministic, no network)
            """;

    static final String INSPECT = """
            Usage: dbarch inspect FILE... [--dialect postgresql|mysql] [--format text|json]
                   dbarch inspect JDBC_URL

            Reads the DDL files in order as one script and prints the objects per kind, then every statement
            it could not read as 'file:line:col kind: message'. Files must be UTF-8, at most 64 MB each.
            With a jdbc:postgresql://host:port/db URL it reads that live database's catalog instead (read-only);
            credentials come from the URL's user= and password= parameters or from PGUSER and PGPASSWORD.

            Options:
              --dialect postgresql|mysql   the SQL dialect (default: detected from the text)
              --format text|json           text summary (default) or the full model as JSON
              -h, --help                   this help

            Exit codes: 0 read (diagnostics do not change it), 2 bad usage, unreadable file or database.
            """;

    private Usage() {
    }
}
