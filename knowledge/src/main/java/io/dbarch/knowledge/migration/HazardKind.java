package io.dbarch.knowledge.migration;

/** What can go wrong when a step runs on a live database; each has a stable kebab-case id. */
public enum HazardKind {
    /** The step takes a lock that blocks other sessions; the message names the lock and what it blocks. */
    TAKES_LOCK("takes-lock"),
    /** PostgreSQL rewrites the whole table (time and disk proportional to its size, under the lock). */
    REWRITES_TABLE("rewrites-table"),
    /** The step reads every row (validation, NOT NULL check) while holding a lock. */
    SCANS_TABLE("scans-table"),
    /** An index is built: time and I/O proportional to the table. */
    BUILDS_INDEX("builds-index"),
    /** Data is deleted for good (a dropped table or column, values that do not survive a cast). */
    LOSES_DATA("loses-data"),
    /** The application version running now may fail against the schema after this step. */
    BREAKS_RUNNING_APP("breaks-running-app"),
    /** No undo script can restore the state before this step. */
    IRREVERSIBLE("irreversible"),
    /** Rows are updated in batches; duration grows with the table. */
    LONG_BACKFILL("long-backfill");

    private final String id;

    HazardKind(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code takes-lock}. */
    public String id() {
        return id;
    }
}
