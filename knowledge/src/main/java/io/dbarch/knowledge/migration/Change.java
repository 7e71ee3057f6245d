package io.dbarch.knowledge.migration;

/**
 * One difference between two schemas (records in {@link TableChanges}, {@link KeyChanges} and
 * {@link ObjectChanges}). Tables in a change are the target's unless the change removes something, then the
 * source's; names are target names after renames.
 */
interface Change {

    /** One line for a person, e.g. {@code add column public.orders.note text}. */
    String describe();
}
