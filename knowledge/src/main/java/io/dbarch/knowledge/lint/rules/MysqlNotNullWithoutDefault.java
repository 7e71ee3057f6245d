package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** MySQL ADD COLUMN … NOT NULL without DEFAULT on an existing table: rows silently get 0, '' or a zero date. */
final class MysqlNotNullWithoutDefault extends MysqlRule {

    @Override public String id() { return "mysql-not-null-without-default"; }
    @Override public RuleScope scope() { return RuleScope.MIGRATION; }
    @Override public String summary() { return "Adding a NOT NULL column without DEFAULT fills existing rows with implicit zero values."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.AddColumn> a : Ddl.actions(context, AlterAction.AddColumn.class)) {
            Column c = a.action().column();
            if (c.nullable() || c.hasDefault() || c.isGenerated() || !context.existedBefore(a.alter().table())) {
                continue;
            }
            String object = a.alter().table() + "." + c.name();
            findings.add(finding(c.location(), object, "Adding " + object + " NOT NULL without a DEFAULT gives every"
                    + " existing row MySQL's implicit default (0, '' or a zero date), which looks like real data;"
                    + " inserts that omit the column fail in strict mode.", "Say what existing rows get: ALTER TABLE "
                    + a.alter().table() + " ADD COLUMN `" + c.name() + "` " + c.type() + " NOT NULL DEFAULT <value>;"
                    + " or add it NULL, backfill, then MODIFY it to NOT NULL."));
        }
        return findings;
    }
}
