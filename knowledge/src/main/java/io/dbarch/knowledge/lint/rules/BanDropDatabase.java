package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** DROP DATABASE (or MySQL DROP SCHEMA, its synonym) in a migration. */
final class BanDropDatabase extends MigrationRule {

    @Override public String id() { return "ban-drop-database"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "A migration must never drop a database."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            String code = Text.code(s.text());
            if (code.startsWith("drop database") || context.dialect() == Dialect.MYSQL
                    && code.startsWith("drop schema")) {
                findings.add(finding(s.location(), "", Text.brief(s.text()) + " deletes a whole database with every"
                        + " table and row in it; in a migration that is almost never intended and cannot be undone.",
                        "Remove it from the migration; drop databases by hand, after a backup, if at all."));
            }
        }
        return findings;
    }
}
