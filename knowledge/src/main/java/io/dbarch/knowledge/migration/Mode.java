package io.dbarch.knowledge.migration;

/** How a plan changes the database. */
public enum Mode {
    /**
     * Zero-downtime techniques (the default): concurrent index builds, constraints added NOT VALID and validated
     * later, NOT NULL through a validated check, expand/contract for type changes, batched backfills, short lock
     * timeouts; for MySQL, online DDL or an online schema change tool.
     */
    SAFE,
    /** Plain DDL in as few scripts as possible: for empty databases, development and maintenance windows. */
    SIMPLE
}
