package io.dbarch.agent.offline;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the user wants, as far as the engine can tell, with the details a plan needs.
 *
 * @param kind     the kind of request
 * @param subject  a table, subject area, artifact id or search query, when the kind needs one
 * @param page     a page number for artifact reads
 */
record Intent(Kind kind, Optional<String> subject, int page) {

    enum Kind {
        /** One schema to review: inspect, lint, ERD. */
        SCHEMA_REVIEW,
        /** Two schemas: what changed and how to migrate. */
        SCHEMA_PAIR,
        /** Requirements as YAML or JSON: conflicts and designs. */
        REQUIREMENTS,
        /** One table of the current schema. */
        TABLE,
        /** A diagram of the current schema, maybe around one table. */
        ERD,
        /** The diagram of one subject area of the current schema, by name or number. */
        ERD_AREA,
        /** Read an artifact. */
        READ_ARTIFACT,
        /** List the conversation's artifacts. */
        LIST_ARTIFACTS,
        /** Lint questions about the current schema: what to change first, or every finding of one rule. */
        FINDINGS,
        /** A schema to design from entities named in prose: ask for their attributes and relationships. */
        DOMAIN,
        /** Sizing from numbers in the message: subject is the requirements YAML with the stated workload. */
        CAPACITY,
        /** Least-privilege roles and their grant script. */
        ROLES,
        /** A runbook (failover drill, restore drill, load test, migration cut-over): subject is its file's stem. */
        RUNBOOK,
        /** A design or knowledge question. */
        KNOWLEDGE,
        /** A follow-up that needs the schema, but none was given. */
        NEEDS_SCHEMA,
        /** Cannot tell. */
        UNCLEAR
    }

    Intent {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
    }

    static Intent of(Kind kind) {
        return new Intent(kind, Optional.empty(), 1);
    }

    static Intent of(Kind kind, String subject) {
        return new Intent(kind, Optional.of(subject), 1);
    }
}
