package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** RENAME COLUMN (and MySQL CHANGE old new) on an existing table. */
final class RenamingColumn extends MigrationRule {

    @Override public String id() { return "renaming-column"; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Renaming a column breaks every client that still uses the old name."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction> a : Ddl.actions(context, AlterAction.class)) {
            String from;
            String to;
            if (a.action() instanceof AlterAction.RenameColumn r) {
                from = r.from();
                to = r.to();
            } else if (a.action() instanceof AlterAction.ChangeColumn c && !c.from().equalsIgnoreCase(c.column().name())) {
                from = c.from();
                to = c.column().name();
            } else {
                continue;
            }
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String table = a.alter().table().toString();
            findings.add(finding(a.statement().location(), table + "." + from, "Renaming " + table + "." + from
                    + " to " + to + " breaks application code, views of other teams, reports and replicas' consumers"
                    + " that still use " + from + " the moment the migration commits.", "Expand and contract: add "
                    + to + ", write both (trigger or application), backfill, move readers to " + to + ", and drop "
                    + from + " in a later release."));
        }
        return findings;
    }
}
