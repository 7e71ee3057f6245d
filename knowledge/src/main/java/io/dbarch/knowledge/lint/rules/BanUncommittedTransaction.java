package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A BEGIN with no COMMIT or ROLLBACK before the end of the migration file. */
final class BanUncommittedTransaction extends MigrationRule {

    @Override public String id() { return "ban-uncommitted-transaction"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Every BEGIN in a migration needs a COMMIT."; }

    @Override
    public List<Finding> check(LintContext context) {
        SqlStatement open = null;
        for (SqlStatement s : context.statements()) {
            if (s.kind() != StatementKind.TRANSACTION) {
                continue;
            }
            String first = LintContext.firstWord(s.text());
            if (first.equals("begin") || first.equals("start")) {
                open = s;
            } else if (LintContext.isEnd(s.text())) {
                open = null;
            }
        }
        if (open == null) {
            return List.of();
        }
        return List.of(finding(open.location(), "", "This transaction is never committed or rolled back: the"
                + " changes depend on how the runner ends the session (psql rolls them back at exit, a pooled"
                + " connection may keep the transaction and its locks open).", "End the migration with COMMIT;"));
    }
}
