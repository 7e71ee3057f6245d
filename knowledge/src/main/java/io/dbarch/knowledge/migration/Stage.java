package io.dbarch.knowledge.migration;

/**
 * Where an action runs, in order. The order carries the dependencies: namespaces and types before the tables that
 * use them, referenced tables before referencing ones, relaxing constraints before tightening them, views dropped
 * before what they read changes and created after, drops last.
 */
enum Stage {
    SCHEMAS(Phase.EXPAND),
    EXTENSIONS(Phase.EXPAND),
    ENUM_VALUES(Phase.EXPAND),
    TYPES(Phase.EXPAND),
    SEQUENCES(Phase.EXPAND),
    TABLE_RENAMES(Phase.EXPAND),
    RELAX(Phase.EXPAND),
    VIEW_DROP(Phase.EXPAND),
    TABLES(Phase.EXPAND),
    COLUMNS(Phase.EXPAND),
    /** Generated columns after the plain ones: their expressions may read columns added just before. */
    GENERATED_COLUMNS(Phase.EXPAND),
    TABLE_PROPS(Phase.EXPAND),
    SEQUENCE_OWNERSHIP(Phase.EXPAND),
    INDEXES(Phase.EXPAND),
    NEW_TABLE_KEYS(Phase.EXPAND),
    VIEW_CREATE(Phase.EXPAND),
    COMMENTS(Phase.EXPAND),
    BACKFILLS(Phase.BACKFILL),
    NOT_NULL_CHECKS(Phase.CONTRACT),
    CHECKS(Phase.CONTRACT),
    VALIDATE(Phase.CONTRACT),
    SET_NOT_NULL(Phase.CONTRACT),
    UNIQUE_INDEXES(Phase.CONTRACT),
    KEYS(Phase.CONTRACT),
    FOREIGN_KEYS(Phase.CONTRACT),
    FOREIGN_KEY_VALIDATE(Phase.CONTRACT),
    VIEW_DROP_CONTRACT(Phase.CONTRACT),
    SWAP_INDEXES(Phase.CONTRACT),
    SWAPS(Phase.CONTRACT),
    SWAP_VALIDATE(Phase.CONTRACT),
    DROP_COLUMNS(Phase.CONTRACT),
    DROP_INDEXES(Phase.CONTRACT),
    DROP_TABLES(Phase.CONTRACT),
    DROP_TYPES(Phase.CONTRACT),
    DROP_NAMESPACES(Phase.CONTRACT),
    VIEW_CREATE_CONTRACT(Phase.CONTRACT),
    CONTRACT_COMMENTS(Phase.CONTRACT);

    private final Phase phase;

    Stage(Phase phase) {
        this.phase = phase;
    }

    Phase phase() {
        return phase;
    }
}
