package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** DROP TABLE of a table that existed before this migration. */
final class BanDropTable extends MigrationRule {

    @Override public String id() { return "ban-drop-table"; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Dropping a table breaks its clients and destroys its data."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl<DdlStatement.Drop> d : Ddl.of(context, DdlStatement.Drop.class)) {
            if (!d.ddl().objectKind().equals("table")) {
                continue;
            }
            List<String> existing = d.ddl().names().stream().filter(context::existedBefore)
                    .map(QualifiedName::toString).toList();
            if (existing.isEmpty()) {
                continue;
            }
            findings.add(finding(d.statement().location(), String.join(", ", existing), "Dropping table "
                    + String.join(", ", existing) + " breaks every client that still uses it and destroys its data"
                    + (d.ddl().cascade() ? "; CASCADE also drops the views and foreign keys that depend on it" : "")
                    + ".", "Stop all use first (deploy code without it), keep a backup or rename it aside for a"
                    + " release (ALTER TABLE … RENAME TO …_deprecated), then drop it."));
        }
        return findings;
    }
}
