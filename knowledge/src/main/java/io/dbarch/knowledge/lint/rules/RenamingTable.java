package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** ALTER TABLE … RENAME TO and MySQL RENAME TABLE on an existing table. */
final class RenamingTable extends MigrationRule {

    @Override public String id() { return "renaming-table"; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Renaming a table breaks every client that still uses the old name."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.RenameTable> a : Ddl.actions(context, AlterAction.RenameTable.class)) {
            flag(context, a.alter().table(), a.action().to(), a.statement().location(), findings);
        }
        for (Ddl<DdlStatement.Rename> r : Ddl.of(context, DdlStatement.Rename.class)) {
            if (r.ddl().objectKind().equals("table")) {
                flag(context, r.ddl().from(), r.ddl().to(), r.statement().location(), findings);
            }
        }
        return findings;
    }

    private void flag(LintContext context, QualifiedName from, String to, SourceLocation at, List<Finding> findings) {
        if (!context.existedBefore(from)) {
            return;
        }
        findings.add(finding(at, from.toString(), "Renaming table " + from + " to " + to + " breaks every query,"
                + " view, grant script and client still using " + from + " as soon as it commits.", "Rename in steps:"
                + " rename the table and leave a view with the old name (CREATE VIEW " + from + " AS SELECT * FROM "
                + to + ";) until all clients have moved, then drop the view."));
    }
}
