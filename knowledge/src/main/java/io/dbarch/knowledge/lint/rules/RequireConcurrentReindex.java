package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** REINDEX without CONCURRENTLY (REINDEX SYSTEM cannot be concurrent and is left alone). */
final class RequireConcurrentReindex extends MigrationRule {

    @Override public String id() { return "require-concurrent-reindex"; }
    @Override public String summary() { return "Rebuild indexes with REINDEX … CONCURRENTLY."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            String code = Text.code(s.text());
            if (code.startsWith("reindex") && !code.contains("concurrently") && !code.matches("reindex (\\(.*\\) )?system.*")) {
                findings.add(finding(s.location(), "", Text.brief(s.text()) + " locks out writes to the table (and"
                        + " reads that would use the index) until the rebuild finishes.", "Add CONCURRENTLY, e.g. " + code.replaceFirst("^reindex( \\(.*?\\))? (index|table|schema|database) ",
                        "REINDEX$1 $2 CONCURRENTLY ")
                        + "; outside a transaction block (PostgreSQL 12+)."));
            }
        }
        return findings;
    }
}
