package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.List;
import java.util.Locale;

/**
 * Whether a migration runner wraps a file in a transaction. Flyway does by default; {@code executeInTransaction=false}
 * in the file's {@code .sql.conf} turns it off, and Flyway runs a script made only of statements that cannot run
 * in a transaction (CREATE INDEX CONCURRENTLY …) without one. Other runners: {@code migrations.assume-in-transaction}.
 */
final class Transactions {

    private Transactions() {
    }

    static boolean runnerTransaction(LintUnit unit, List<SqlStatement> statements, LintConfig config) {
        if (unit.executeInTransaction().isPresent()) {
            return unit.executeInTransaction().get();
        }
        if (!unit.flyway()) {
            return config.assumeInTransaction();
        }
        List<SqlStatement> work = statements.stream().filter(s -> s.kind() != StatementKind.SET).toList();
        return work.isEmpty() || !work.stream().allMatch(Transactions::nonTransactional);
    }

    /** Statements PostgreSQL refuses inside a transaction block. */
    static boolean nonTransactional(SqlStatement s) {
        String t = s.text().toLowerCase(Locale.ROOT);
        return t.matches("(?s)(create\\s+(unique\\s+)?index|drop\\s+index|reindex\\b.*)\\s+concurrently\\b.*")
                || t.matches("(?s)reindex\\s*\\(.*concurrently.*")
                || t.matches("(?s)alter\\s+table\\b.*\\bdetach\\s+partition\\b.*\\bconcurrently\\b.*")
                || t.matches("(?s)(vacuum|create\\s+database|drop\\s+database|alter\\s+system)\\b.*");
    }
}
