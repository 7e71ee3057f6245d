package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;

/** TRUNCATE … CASCADE. */
final class BanTruncateCascade extends MigrationRule {

    @Override public String id() { return "ban-truncate-cascade"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "TRUNCATE … CASCADE also empties every table that references the target."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            String code = Text.code(s.text());
            if (s.kind() == StatementKind.TRUNCATE && code.matches(".*\\bcascade\\s*$")) {
                String target = code.replaceFirst("^truncate (table )?(only )?", "").replaceFirst("\\s*(restart "
                        + "identity |continue identity )?cascade\\s*$", "");
                findings.add(finding(s.location(), target, "TRUNCATE " + target + " CASCADE also truncates every"
                        + " table with a foreign key to it, and the tables referencing those, recursively: data far"
                        + " from the target is deleted without being named.", "Name every table to empty explicitly:"
                        + " TRUNCATE " + target + ", <referencing tables>; (without CASCADE, PostgreSQL refuses if"
                        + " one is missing)."));
            }
        }
        return findings;
    }
}
