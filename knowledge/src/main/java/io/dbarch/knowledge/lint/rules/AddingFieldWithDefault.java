package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ADD COLUMN with a volatile default or as a stored generated column: the table is rewritten under lock. */
final class AddingFieldWithDefault extends MigrationRule {

    @Override public String id() { return "adding-field-with-default"; }
    @Override public String summary() { return "Adding a column with a volatile default or a stored generated expression rewrites the table."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.AddColumn> a : Ddl.actions(context, AlterAction.AddColumn.class)) {
            Column c = a.action().column();
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String object = a.alter().table() + "." + c.name();
            String add = "ALTER TABLE " + a.alter().table() + " ADD COLUMN " + Text.ident(c.name()) + " " + c.type();
            Optional<String> call = c.defaultExpression().flatMap(Volatility::volatileCall);
            if (call.isPresent()) {
                findings.add(finding(c.location(), object, "Adding " + object + " with the volatile default "
                        + c.defaultExpression().get() + " (it calls " + call.get() + ") rewrites the whole table under"
                        + " an ACCESS EXCLUSIVE lock: reads and writes wait until every row has its value.",
                        "Add it without the default, then set the default for new rows and backfill in batches: "
                                + add + "; ALTER TABLE " + a.alter().table() + " ALTER COLUMN " + Text.ident(c.name())
                                + " SET DEFAULT " + c.defaultExpression().get() + "; -- then UPDATE … in batches"));
            } else if (c.generatedExpression().isPresent()) {
                findings.add(finding(c.location(), object, "Adding the stored generated column " + object
                        + " computes it for every existing row, rewriting the table under an ACCESS EXCLUSIVE lock.",
                        "Add a plain column, backfill it in batches and keep it current with a trigger: " + add
                                + ";"));
            }
        }
        return findings;
    }
}
