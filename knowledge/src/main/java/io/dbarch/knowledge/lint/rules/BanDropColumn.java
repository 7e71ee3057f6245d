package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** DROP COLUMN on an existing table. */
final class BanDropColumn extends MigrationRule {

    @Override public String id() { return "ban-drop-column"; }
    @Override public Set<Dialect> dialects() { return EnumSet.allOf(Dialect.class); }
    @Override public String summary() { return "Dropping a column breaks clients that still read or write it."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.DropColumn> a : Ddl.actions(context, AlterAction.DropColumn.class)) {
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String object = a.alter().table() + "." + a.action().column();
            findings.add(finding(a.statement().location(), object, "Dropping " + object + " breaks every client that"
                    + " still selects or inserts it (including ORMs that list all columns), and its data is gone"
                    + " for good.", "First deploy code that no longer uses the column, then drop it in a later"
                    + " migration; keep a backup of the data if it may be needed."));
        }
        return findings;
    }
}
