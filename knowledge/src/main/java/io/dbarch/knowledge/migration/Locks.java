package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;

/** The lock hazards of PostgreSQL DDL, worded once. */
final class Locks {

    private Locks() {
    }

    static Hazard accessExclusive(QualifiedName table, String forWhat) {
        return new Hazard(HazardKind.TAKES_LOCK, "ACCESS EXCLUSIVE on " + table + " " + forWhat
                + ": blocks reads and writes of the table (and queues everything behind it) until the transaction"
                + " ends; lock_timeout makes it give up instead of waiting behind long transactions");
    }

    static Hazard briefAccessExclusive(QualifiedName table) {
        return accessExclusive(table, "for a catalog-only change (milliseconds once granted)");
    }

    static Hazard share(QualifiedName table) {
        return new Hazard(HazardKind.TAKES_LOCK, "SHARE on " + table
                + ": blocks INSERT, UPDATE and DELETE on the table while the index is built; reads go on");
    }

    static Hazard shareRowExclusive(QualifiedName table) {
        return new Hazard(HazardKind.TAKES_LOCK, "SHARE ROW EXCLUSIVE on " + table
                + ": blocks writes to the table briefly (catalog change only)");
    }

    static Hazard shareUpdateExclusive(QualifiedName table, String forWhat) {
        return new Hazard(HazardKind.TAKES_LOCK, "SHARE UPDATE EXCLUSIVE on " + table + " " + forWhat
                + ": reads and writes go on; blocks other DDL and VACUUM on the table meanwhile");
    }

    static Hazard rewrite(QualifiedName table, String why) {
        return new Hazard(HazardKind.REWRITES_TABLE, why + ": PostgreSQL rewrites all of " + table
                + " and its indexes under ACCESS EXCLUSIVE; time and disk grow with the table");
    }

    static Hazard scan(QualifiedName table, String why) {
        return new Hazard(HazardKind.SCANS_TABLE, why + ": reads every row of " + table);
    }
}
