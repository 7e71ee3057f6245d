package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.Severity;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** ADD COLUMN … NOT NULL without a default on a table that already has rows: the statement fails. */
final class AddingRequiredField extends MigrationRule {

    @Override public String id() { return "adding-required-field"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public String summary() { return "A NOT NULL column without a default cannot be added to a table that has rows."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.AddColumn> a : Ddl.actions(context, AlterAction.AddColumn.class)) {
            Column c = a.action().column();
            if (c.nullable() || c.hasDefault() || c.isGenerated() || !context.existedBefore(a.alter().table())) {
                continue;
            }
            String table = a.alter().table().toString();
            findings.add(finding(c.location(), table + "." + c.name(), "Adding " + table + "." + c.name() + " as NOT"
                    + " NULL without a default fails as soon as " + table + " has a row (existing rows would be NULL),"
                    + " and old application code that does not send the column breaks.", "Add it with a constant"
                    + " default (no rewrite since PostgreSQL 11): ALTER TABLE " + table + " ADD COLUMN "
                    + Text.ident(c.name()) + " " + c.type() + " NOT NULL DEFAULT <value>; or add it nullable,"
                    + " backfill, then add a NOT NULL check NOT VALID and validate it."));
        }
        return findings;
    }
}
