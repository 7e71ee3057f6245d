package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DROP INDEX without CONCURRENTLY (unless the index was created in the same migration). */
final class RequireConcurrentIndexDeletion extends MigrationRule {

    @Override public String id() { return "require-concurrent-index-deletion"; }
    @Override public String summary() { return "Drop indexes CONCURRENTLY."; }

    @Override
    public List<Finding> check(LintContext context) {
        Set<String> createdHere = new HashSet<>();
        Ddl.of(context, DdlStatement.CreateIndex.class).forEach(c -> c.ddl().index().name()
                .ifPresent(n -> createdHere.add(Text.lower(n))));
        List<Finding> findings = new ArrayList<>();
        for (Ddl<DdlStatement.Drop> d : Ddl.of(context, DdlStatement.Drop.class)) {
            if (!d.ddl().objectKind().equals("index") || d.ddl().concurrently() || d.ddl().onTable().isPresent()) {
                continue;
            }
            List<String> names = d.ddl().names().stream().map(QualifiedName::toString).toList();
            if (d.ddl().names().stream().allMatch(n -> createdHere.contains(Text.lower(n.name())))) {
                continue;
            }
            findings.add(finding(d.statement().location(), String.join(", ", names), "DROP INDEX " + String.join(", ",
                    names) + " without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table: all reads and writes"
                    + " wait, and queue behind any long-running query.", "Drop it concurrently, outside a transaction"
                    + " block: DROP INDEX CONCURRENTLY " + (d.ddl().ifExists() ? "IF EXISTS " : "")
                    + String.join(", ", names) + ";"));
        }
        return findings;
    }
}
