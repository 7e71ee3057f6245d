package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** A parsed statement of the unit with its source statement and position, or one ALTER TABLE action. */
record Ddl<T>(SqlStatement statement, T ddl, int index) {

    static <T extends DdlStatement> List<Ddl<T>> of(LintContext context, Class<T> type) {
        List<Ddl<T>> found = new ArrayList<>();
        List<SqlStatement> statements = context.statements();
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            if (s.ddl().isPresent() && type.isInstance(s.ddl().get())) {
                found.add(new Ddl<>(s, type.cast(s.ddl().get()), i));
            }
        }
        return found;
    }

    /** Every ALTER TABLE action of the given type, with its statement. */
    static <A extends AlterAction> List<Action<A>> actions(LintContext context, Class<A> type) {
        List<Action<A>> found = new ArrayList<>();
        for (Ddl<DdlStatement.AlterTable> alter : of(context, DdlStatement.AlterTable.class)) {
            for (AlterAction action : alter.ddl().actions()) {
                if (type.isInstance(action)) {
                    found.add(new Action<>(alter.statement(), alter.ddl(), type.cast(action), alter.index()));
                }
            }
        }
        return found;
    }

    /** One action of an ALTER TABLE. */
    record Action<A>(SqlStatement statement, DdlStatement.AlterTable alter, A action, int index) {
    }
}
