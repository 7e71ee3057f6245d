package io.dbarch.web.cli;

import java.util.List;

/** Help texts. */
final class Usage {

    /** The subcommands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("serve", "inspect", "lint");

    static final String MAIN = """
            Usage: dbarch COMMAND [ARGS]

            Commands:
              serve      Start the web app (chat page and API) on http://localhost:$DBARCH_PORT (default 7070).
              inspect    Read DDL files and print what they define, with file:line:col diagnostics.
              lint       Lint a schema or a folder of migrations: design, types, naming, migration safety,
                         MySQL and security rules, as text, JSON or SARIF.

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

    static final String LINT = """
            Usage: dbarch lint PATH... [--dialect postgresql|mysql] [--format text|json|sarif]
                                       [--config FILE] [--fail-on warning|error] [--mode auto|schema|migration]

            Lints .sql files, or folders of migrations applied in order (Flyway V<version>__*.sql, then R__*.sql;
            a V…sql.conf with executeInTransaction=false runs that script outside a transaction). In migration
            mode each file is judged against what the earlier files created; schema mode judges the whole
            schema and leaves out the migration-safety rules. Rules are documented in docs/rules/<id>.md.

            Options:
              --dialect postgresql|mysql   the SQL dialect (default: detected from the text)
              --format text|json|sarif     text (default), JSON, or SARIF 2.1.0 for code-scanning UIs
              --config FILE                rules, severities, naming and sensitive-data settings
                                           (default: ./.dbarch.yml when present)
              --fail-on warning|error      exit 1 when a finding is at or above this severity (default error)
              --mode auto|schema|migration auto (default) picks migration for Flyway-named files
              -h, --help                   this help

            Environment:
              DBARCH_RULE_DOCS_URL         absolute base URL of docs/rules/ used for SARIF help links

            Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 bad usage,
            unreadable input or a broken configuration.
            """;

    private Usage() {
    }
}
