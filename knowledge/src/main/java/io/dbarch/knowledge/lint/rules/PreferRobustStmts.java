package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that fail when a half-applied migration is run again: outside a transaction, CREATE/DROP/ADD/DROP
 * COLUMN without IF [NOT] EXISTS; a CONCURRENTLY index without IF NOT EXISTS always (it never runs in one).
 */
final class PreferRobustStmts extends MigrationRule {

    @Override public String id() { return "prefer-robust-stmts"; }
    @Override public Severity defaultSeverity() { return Severity.INFO; }
    @Override public String summary() { return "Outside a transaction, make statements re-runnable with IF [NOT] EXISTS."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Boolean> inTransaction = context.inTransaction();
        List<Finding> findings = new ArrayList<>();
        List<SqlStatement> statements = context.statements();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            DdlStatement d = s.ddl().orElse(null);
            if (d instanceof DdlStatement.CreateIndex c && !c.ifNotExists()
                    && (c.index().concurrently() || !inTransaction.get(i))) {
                add(findings, s.location(), "CREATE INDEX", "IF NOT EXISTS", c.index().concurrently()
                        ? " (a failed CONCURRENTLY build leaves an INVALID index behind: name it, and drop an"
                        + " invalid leftover before retrying)" : "");
            } else if (inTransaction.get(i)) {
                continue;
            } else if (d instanceof DdlStatement.CreateTable c && !c.ifNotExists() && !c.temporary()) {
                add(findings, s.location(), "CREATE TABLE", "IF NOT EXISTS", "");
            } else if (d instanceof DdlStatement.Drop drop && !drop.ifExists()
                    && drop.objectKind().matches("table|index|type")) {
                add(findings, s.location(), "DROP " + drop.objectKind().toUpperCase(java.util.Locale.ROOT),
                        "IF EXISTS", "");
            } else if (d instanceof DdlStatement.AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddColumn add && !add.ifNotExists()) {
                        add(findings, s.location(), "ADD COLUMN", "IF NOT EXISTS", "");
                    } else if (action instanceof AlterAction.DropColumn drop && !drop.ifExists()) {
                        add(findings, s.location(), "DROP COLUMN", "IF EXISTS", "");
                    } else if (action instanceof AlterAction.DropConstraint drop && !drop.ifExists()) {
                        add(findings, s.location(), "DROP CONSTRAINT", "IF EXISTS", "");
                    }
                }
            }
        }
        return findings;
    }

    private void add(List<Finding> findings, SourceLocation at, String what, String guard, String extra) {
        findings.add(finding(at, "", what + " without " + guard + " outside a transaction: if the migration fails"
                + " after this statement, running it again stops here because the change is already there" + extra
                + ".", "Write " + what + " " + guard + " …, or run the whole migration in one transaction."));
    }
}
