package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;

/** Decides whether a migration statement takes a lock on an object that already existed (so it can queue). */
final class LockingStatements {

    private LockingStatements() {
    }

    static boolean locksExisting(LintContext context, SqlStatement s) {
        DdlStatement ddl = s.ddl().orElse(null);
        return switch (s.kind()) {
            case ALTER_TABLE -> !(ddl instanceof DdlStatement.AlterTable a) || context.existedBefore(a.table());
            case CREATE_INDEX -> !(ddl instanceof DdlStatement.CreateIndex i) || context.existedBefore(i.index().table());
            case DROP_TABLE -> !(ddl instanceof DdlStatement.Drop d) || d.names().stream().anyMatch(context::existedBefore);
            case CREATE_TABLE -> ddl instanceof DdlStatement.CreateTable c && c.constraints().stream()
                    .anyMatch(k -> k instanceof ForeignKey fk && context.existedBefore(fk.referencedTable()));
            case DROP_INDEX, DROP_TYPE, DROP_DOMAIN, DROP_SEQUENCE, DROP_VIEW, DROP_SCHEMA, DROP_EXTENSION, DROP_OTHER,
                 ALTER_TYPE, ALTER_DOMAIN, ALTER_SEQUENCE, ALTER_INDEX, ALTER_VIEW, ALTER_SCHEMA, ALTER_OTHER,
                 TRUNCATE, RENAME_TABLE, CREATE_TRIGGER -> true;
            case OTHER -> LintContext.firstWord(s.text()).matches("lock|reindex|vacuum|cluster|refresh");
            default -> false;
        };
    }
}
