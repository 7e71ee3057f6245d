package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** DROP NOT NULL on an existing column. */
final class BanDropNotNull extends MigrationRule {

    @Override public String id() { return "ban-drop-not-null"; }
    @Override public String summary() { return "Dropping NOT NULL lets NULLs reach clients that assume there are none."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.DropNotNull> a : Ddl.actions(context, AlterAction.DropNotNull.class)) {
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String object = a.alter().table() + "." + a.action().column();
            findings.add(finding(a.statement().location(), object, "Dropping NOT NULL on " + object + " lets NULL"
                    + " values in; clients written for a required column (non-optional fields, joins, sums) may"
                    + " fail or give wrong results.", "Make sure every reader handles NULL before this migration runs,"
                    + " or keep the column required and give new writers a default instead."));
        }
        return findings;
    }
}
