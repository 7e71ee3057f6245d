package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.List;

/** CREATE INDEX without CONCURRENTLY on a table that already exists. */
final class RequireConcurrentIndexCreation extends MigrationRule {

    @Override public String id() { return "require-concurrent-index-creation"; }
    @Override public String summary() { return "Create indexes on existing tables CONCURRENTLY."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl<DdlStatement.CreateIndex> c : Ddl.of(context, DdlStatement.CreateIndex.class)) {
            Index i = c.ddl().index();
            if (i.concurrently() || !context.existedBefore(i.table())) {
                continue;
            }
            String text = c.statement().text();
            String fixed = text.replaceFirst("(?i)\\bindex\\b", "INDEX CONCURRENTLY");
            findings.add(finding(c.statement().location(), i.table() + "." + i.name().orElse("(unnamed index)"),
                    "CREATE INDEX " + i.name().orElse("") + " on " + i.table() + " without CONCURRENTLY blocks every"
                    + " INSERT, UPDATE and DELETE on " + i.table() + " until the index is built.",
                    "Build it concurrently, outside a transaction block (its own migration; in Flyway a script"
                            + " with only this statement runs without a transaction): " + Text.brief(fixed) + ";"));
        }
        return findings;
    }
}
