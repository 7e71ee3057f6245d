package io.dbarch.web.cli;

import java.util.List;

/** Help texts. */
final class Usage {

    /** The subcommands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("serve", "inspect", "lint", "erd", "diff", "design", "ask");

    static final String MAIN = """
            Usage: dbarch COMMAND [ARGS]

            Commands:
              serve      Start the web app (chat page and API) on http://localhost:$DBARCH_PORT (default 7070).
              inspect    Read DDL files and print what they define, with file:line:col diagnostics.
              lint       Lint a schema or a folder of migrations: design, types, naming, migration safety,
                         MySQL and security rules, as text, JSON or SARIF.
              erd        Draw the entity-relationship diagram of DDL files or a live database (SVG, PNG,
                         PlantUML or Mermaid); big schemas are split into subject areas.
              diff       Draft the zero-downtime migration from one schema to another as a Flyway folder,
                         with hazards, a checklist and (--verify) a run on an embedded PostgreSQL.
              design     Turn requirements (domain, workloads, SLAs, compliance; YAML or JSON) into a design
                         package: design.md, schema as Flyway V1, ERD, grants, runbooks, escalations.
              ask        Ask the advisor one question on the terminal, with files attached (--file).

            Run 'dbarch COMMAND --help' for a command's options.
            Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad usage or unreadable input, 3 internal error.
            """;

    static final String SERVE = """
            Usage: dbarch serve

            Starts the web app: the chat page at /, the REST API (GET /openapi.json lists it), the
            Slack endpoints when configured, /health and /metrics. Without API tokens it listens on
            127.0.0.1 only. Data is kept in ./data (H2) unless DBARCH_DB_URL names a PostgreSQL database.
            It stops gracefully on Ctrl+C or SIGTERM.

            Environment (the README lists them all):
              DBARCH_PORT            HTTP port (default 7070; 0 picks a free port)
              DBARCH_MODEL_PROVIDER  chat model: offline (default, deterministic, no network)
              DBARCH_API_TOKENS      token:role,… (viewer, architect, admin); unset = loopback only
              DBARCH_HOST            interface to listen on when tokens are set (default all)
              DBARCH_DB_URL          jdbc:postgresql://… with DBARCH_DB_USER and DBARCH_DB_PASSWORD
              SLACK_SIGNING_SECRET   enables /slack/commands and /slack/events (with SLACK_BOT_TOKEN)
              DBARCH_ESCALATION_*    where escalation notices go (Slack channel, webhooks)
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

    static final String ERD = """
            Usage: dbarch erd FILE...|JDBC_URL [-o out.svg|out.png|out.puml|out.mmd] [--focus TABLE [--depth N]]
                              [--columns all|keys|none] [--include PATTERN]... [--exclude PATTERN]...
                              [--title TEXT] [--split auto|never|always] [--dialect postgresql|mysql]

            Renders the schema in crow's-foot notation: columns with types and PK/FK/UQ markers, relationships
            with cardinalities from the constraints. Above 40 tables the schema is split into subject areas:
            one file per area (out-01-<area>.svg, …) plus out-overview.svg. PlantUML runs in-process and
            sandboxed; nothing in the DDL can reach files or the network.

            Options:
              -o, --output FILE            output file; its extension picks the format (default erd.svg)
              --focus TABLE --depth N      only TABLE and the tables within N relationships (default 1)
              --columns all|keys|none      which columns to show (default all)
              --include/--exclude PATTERN  tables to keep or drop, globs such as 'sales.*' or 'ci_*'
              --title TEXT                 a title above the diagram
              --split auto|never|always    split into subject areas (default auto: above 40 tables)
              --dialect postgresql|mysql   the SQL dialect (default: detected from the text)
              -h, --help                   this help

            Exit codes: 0 written, 2 bad usage, unreadable input or an unknown table.
            """;

    static final String DIFF = """
            Usage: dbarch diff FROM TO [--rename old=new]... [--mode safe|simple] [-o DIR] [--verify]
                                       [--dialect postgresql|mysql]

            FROM and TO are DDL files, Flyway folders (V<version>__*.sql) or jdbc:postgresql: URLs. Prints the
            plan's summary (changes, phases, hazards), what must be decided (possible renames are never planned as
            drop + add silently) and what was left out; -o writes the Flyway folder: expand, backfill and contract
            scripts (.sql.conf where a script must run outside a transaction), undo scripts, CHECKLIST.md.

            Options:
              --rename old=new      a table (accounts=users) or column (accounts.full_name=accounts.display_name)
                                    rename; repeat for several
              --mode safe|simple    safe (default): zero-downtime techniques; simple: plain DDL
              -o, --output DIR      write the Flyway folder to DIR
              --verify              apply FROM with sample rows, run the plan with Flyway on an embedded
                                    PostgreSQL, and check the result equals TO and no row was lost
              --dialect             postgresql or mysql (default: detected from the text)
              -h, --help            this help

            Exit codes: 0 planned (and verified, with --verify); 1 a decision is pending, a change was left out
            or the verification failed; 2 bad usage or unreadable input.
            """;

    static final String DESIGN = """
            Usage: dbarch design REQUIREMENTS.yaml|.json [--schema FILE|JDBC_URL] [-o PACKAGE.zip]

            Reads the requirements (domain model, workloads, SLAs, compliance, platform; the JSON Schema is in
            knowledge/src/main/resources/design/requirements.schema.json) and writes a design package: design.md
            (requirements, assumptions, SLOs, decisions with alternatives, risks, escalations), the schema as the
            first Flyway migration, the ERD, a least-privilege grant script and runbooks (failover drill, restore
            drill, migration cutover, load test). Missing values take stated defaults, listed as assumptions.
            Requirements that cannot all hold are listed as escalations with the decision each needs.

            With --schema (the team's current schema: a DDL file or a jdbc:postgresql: URL) the package also has
            the ERD of that schema under current/ and, under migration/, the Flyway folder that takes it to the
            designed schema, summarised in design.md.

            Options:
              --schema SOURCE     the current schema, to migrate from
              -o, --output FILE   the zip to write (default design.zip)
              -h, --help          this help

            Exit codes: 0 written (escalations do not change it), 2 bad usage, unreadable or invalid requirements
            (every problem named with its field).
            """;

    static final String ASK = """
            Usage: dbarch ask "QUESTION" [--file FILE]... [-o DIR]

            Runs one turn of the advisor on the terminal: the answer streams to stdout, then the artifacts the
            turn made (pasted or attached scripts, diagrams, reports) and any escalations are listed. Files are
            attached as they are (.sql as DDL, .yaml/.yml/.json as requirements; UTF-8, at most 16 MB each).
            Without a model configured the offline engine answers (no network, no key).

            Options:
              --file FILE     attach a file; repeat for several (two .sql files: the current and the target schema)
              -o, --out DIR   write the artifacts of this turn to DIR as <id>-<name>
              -h, --help      this help

            Environment:
              DBARCH_MODEL_PROVIDER   offline (default), openai, anthropic; see README for the other variables
              DBARCH_CONTEXT_TOKENS   per-request token budget (default 8192)

            Exit codes: 0 answered, 2 bad usage, unreadable file or configuration.
            """;

    private Usage() {
    }
}
