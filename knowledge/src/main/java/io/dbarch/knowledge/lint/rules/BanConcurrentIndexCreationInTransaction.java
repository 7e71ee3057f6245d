package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** CREATE/DROP INDEX CONCURRENTLY (or REINDEX CONCURRENTLY) where it would run inside a transaction. */
final class BanConcurrentIndexCreationInTransaction extends MigrationRule {

    @Override public String id() { return "ban-concurrent-index-creation-in-transaction"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "CONCURRENTLY index operations cannot run inside a transaction block."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Boolean> inTransaction = context.inTransaction();
        List<Finding> findings = new ArrayList<>();
        List<SqlStatement> statements = context.statements();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            String code = Text.code(s.text());
            boolean concurrent = code.matches("(create (unique )?index|drop index|reindex)\\b.*\\bconcurrently\\b.*")
                    || code.matches("reindex \\(.*concurrently.*");
            if (!concurrent || !inTransaction.get(i)) {
                continue;
            }
            String why = context.runnerTransaction()
                    ? "the migration runner wraps this file in a transaction (Flyway does so when a script mixes it"
                    + " with transactional statements, and refuses such a script unless mixed=true)"
                    : "it runs inside an explicit transaction block";
            findings.add(finding(s.location(), "", Text.brief(s.text()) + " fails: " + why + ", and PostgreSQL"
                    + " refuses CONCURRENTLY inside a transaction (ERROR: cannot run inside a transaction block).",
                    "Put the concurrent statement in a migration of its own that runs without a transaction"
                            + " (Flyway: a script with only this statement, or executeInTransaction=false in its"
                            + " .sql.conf); remove the surrounding BEGIN/COMMIT."));
        }
        return findings;
    }
}
