package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.List;

/** Requires a SET of a timeout before the first statement of a migration that locks an existing object. */
abstract class TimeoutRule extends MigrationRule {

    abstract String setting();

    abstract String why();

    abstract String example();

    @Override
    public List<Finding> check(LintContext context) {
        for (SqlStatement s : context.statements()) {
            if (s.kind() == StatementKind.SET && Text.code(s.text())
                    .matches("set (session |local )?" + setting() + "\\b.*")) {
                return List.of();
            }
            if (LockingStatements.locksExisting(context, s)) {
                return List.of(finding(s.location(), "", "This migration locks an existing object here ("
                        + Text.brief(s.text()) + ") without setting " + setting() + " first: " + why(),
                        "Start the migration with SET " + setting() + " = '" + example() + "'; and retry the"
                                + " migration if it times out."));
            }
        }
        return List.of();
    }
}
