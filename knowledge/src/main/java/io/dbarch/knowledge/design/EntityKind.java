package io.dbarch.knowledge.design;

/** What role an entity plays, which drives keys, audit columns and partitioning. */
public enum EntityKind {
    /** Small, slowly changing lookup data. */
    REFERENCE,
    /** A business entity that is created, updated and deleted. */
    CORE,
    /** An append-only stream of facts (events, log lines, ledger entries). */
    EVENT
}
