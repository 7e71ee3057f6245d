package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** BEGIN inside a transaction (explicit or the runner's) and COMMIT/ROLLBACK without a BEGIN of the file's own. */
final class TransactionNesting extends MigrationRule {

    @Override public String id() { return "transaction-nesting"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Do not nest BEGIN or end a transaction the migration runner owns."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        boolean explicit = false;
        for (SqlStatement s : context.statements()) {
            if (s.kind() != StatementKind.TRANSACTION) {
                continue;
            }
            String first = LintContext.firstWord(s.text());
            if (first.equals("begin") || first.equals("start")) {
                if (explicit || context.runnerTransaction()) {
                    findings.add(finding(s.location(), "", (explicit ? "BEGIN inside a transaction that is already"
                            : "BEGIN inside the transaction the migration runner opened for this file (Flyway does"
                            + " so by default); it is") + " open: PostgreSQL only warns and ignores it, so the COMMIT"
                            + " that follows commits the outer transaction early.", context.runnerTransaction()
                            ? "Remove BEGIN/COMMIT and let the runner manage the transaction, or set"
                            + " executeInTransaction=false in the script's .sql.conf."
                            : "Remove the inner BEGIN, or COMMIT the first transaction before it."));
                }
                explicit = true;
            } else if (LintContext.isEnd(s.text())) {
                if (!explicit) {
                    findings.add(finding(s.location(), "", context.runnerTransaction() ? "This ends the transaction"
                            + " the migration runner opened for the file: the statements after it run without one,"
                            + " and the runner's own COMMIT fails or records a half-applied migration."
                            : "COMMIT/ROLLBACK without a BEGIN in this migration: there is no transaction to end.",
                            "Remove it, or add the matching BEGIN (and set executeInTransaction=false for Flyway)."));
                }
                explicit = false;
            }
        }
        return findings;
    }
}
