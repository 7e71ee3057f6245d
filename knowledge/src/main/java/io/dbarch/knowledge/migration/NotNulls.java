package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;

/**
 * Making an existing column NOT NULL. Safe mode: a CHECK (col IS NOT NULL) added NOT VALID, validated in its own
 * transaction (no lock that blocks writes while rows are read), then SET NOT NULL (PostgreSQL 12+ skips the scan
 * thanks to the valid check) and the check dropped.
 */
final class NotNulls {

    private NotNulls() {
    }

    static String checkName(QualifiedName table, String column) {
        return Sql.objectName(table.name(), column, "not_null_check");
    }

    static void add(PgContext ctx, QualifiedName table, String column) {
        String t = Sql.name(table);
        String c = Sql.ident(column);
        String group = ctx.group(table);
        int order = ctx.order(table);
        Hazard breaks = new Hazard(HazardKind.BREAKS_RUNNING_APP, "writes of NULL into " + table + "." + column
                + " fail from here on");
        String setNotNull = "ALTER TABLE " + t + " ALTER COLUMN " + c + " SET NOT NULL";
        String dropNotNull = "ALTER TABLE " + t + " ALTER COLUMN " + c + " DROP NOT NULL";
        if (!ctx.safe()) {
            ctx.draft().add(Action.of(Stage.SET_NOT_NULL, group, "set " + table + "." + column + " NOT NULL",
                    List.of(setNotNull), List.of(dropNotNull)).order(order).asLongRunning()
                    .hazards(List.of(Locks.accessExclusive(table, "while every row is checked"),
                            Locks.scan(table, "checking for NULLs"), breaks)));
            return;
        }
        String check = Sql.ident(checkName(table, column));
        ctx.draft().add(Action.of(Stage.NOT_NULL_CHECKS, group, "add CHECK (" + column + " IS NOT NULL) NOT VALID"
                        + " on " + table, List.of("ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + c
                        + " IS NOT NULL) NOT VALID"), List.of("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS "
                        + check)).order(order).hazards(List.of(Locks.briefAccessExclusive(table), breaks)));
        ctx.draft().add(Action.of(Stage.VALIDATE, group, "validate the NOT NULL check of " + table + "." + column,
                List.of("ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check), List.of(Action.NOTHING_TO_UNDO)).order(order).asLongRunning()
                .hazards(List.of(Locks.scan(table, "validating the check"),
                        Locks.shareUpdateExclusive(table, "while rows are checked"))));
        ctx.draft().add(Action.of(Stage.SET_NOT_NULL, group, "set " + table + "." + column
                        + " NOT NULL (no scan: the validated check proves it) and drop the check",
                List.of(setNotNull, "ALTER TABLE " + t + " DROP CONSTRAINT " + check), List.of(dropNotNull))
                .order(order).hazards(List.of(Locks.briefAccessExclusive(table))));
    }
}
