package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.lint.RuleScope;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MODIFY/CHANGE of an ENUM or SET column other than appending members at the end: MySQL copies the table. */
final class MysqlEnumChangeCopiesTable extends MysqlRule {

    @Override public String id() { return "mysql-enum-change-copies-table"; }
    @Override public RuleScope scope() { return RuleScope.MIGRATION; }
    @Override public String summary() { return "Only appending ENUM/SET members is instant; any other change copies the table."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.ChangeColumn> a : Ddl.actions(context, AlterAction.ChangeColumn.class)) {
            DataType now = a.action().column().type();
            Optional<DataType> old = context.tableBefore(a.alter().table()).flatMap(t -> t.column(a.action().from()))
                    .map(Column::type);
            if (old.isEmpty() || !now.is("enum", "set") || !old.get().is(now.name()) || appendOnly(old.get(), now)) {
                continue;
            }
            String object = a.alter().table() + "." + a.action().column().name();
            findings.add(finding(a.statement().location(), object, "Changing " + object + " from " + old.get()
                    + " to " + now + " removes, reorders or inserts members (or crosses 255 members for ENUM, 8 for"
                    + " SET): MySQL rebuilds the whole table with ALGORITHM=COPY, blocking writes meanwhile.",
                    "Only append new members at the end of the list (ALGORITHM=INSTANT); otherwise run the change"
                            + " with pt-online-schema-change or gh-ost, or consider a lookup table instead of ENUM."));
        }
        return findings;
    }

    static boolean appendOnly(DataType old, DataType now) {
        List<String> before = old.modifiers();
        List<String> after = now.modifiers();
        int limit = now.is("enum") ? 255 : 8;
        boolean sameStorage = before.size() > limit == after.size() > limit;
        return after.size() >= before.size() && after.subList(0, before.size()).equals(before) && sameStorage;
    }
}
