package io.dbarch.knowledge.lint;

/** What a rule reads, which decides when the linter runs it. */
public enum RuleScope {
    /** The schema the input produces (after every migration): runs once, in schema and migration mode. */
    MODEL,
    /** The statements of each unit (the whole input in schema mode, each migration file in migration mode). */
    STATEMENTS,
    /** Each migration file against what earlier migrations created: runs in migration mode only. */
    MIGRATION
}
