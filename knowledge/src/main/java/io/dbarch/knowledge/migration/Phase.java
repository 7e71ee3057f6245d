package io.dbarch.knowledge.migration;

import java.util.Locale;

/**
 * The phases of an expand/contract migration. Expand only adds (the running application keeps working),
 * backfill moves data in bounded batches, contract enforces and removes (run it after the application that uses
 * the new schema is deployed).
 */
public enum Phase {
    EXPAND,
    BACKFILL,
    CONTRACT;

    /** Lower-case name, as used in file names: {@code expand}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
