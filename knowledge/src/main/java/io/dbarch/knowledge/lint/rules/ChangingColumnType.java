package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ALTER COLUMN … TYPE on an existing table, except changes PostgreSQL makes without a rewrite (widening varchar,
 * varchar to text, raising a numeric precision at the same scale).
 */
final class ChangingColumnType extends MigrationRule {

    @Override public String id() { return "changing-column-type"; }
    @Override public String summary() { return "Changing a column's type usually rewrites the table under an ACCESS EXCLUSIVE lock."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.AlterColumnType> a : Ddl.actions(context, AlterAction.AlterColumnType.class)) {
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            String column = a.action().column();
            Optional<DataType> old = context.tableBefore(a.alter().table()).flatMap(t -> t.column(column))
                    .map(Column::type);
            if (old.isPresent() && binaryCompatible(old.get(), a.action().type())) {
                continue;
            }
            String object = a.alter().table() + "." + column;
            findings.add(finding(a.statement().location(), object, "Changing " + object + (old.map(t -> " from " + t)
                    .orElse("")) + " to " + a.action().type() + " rewrites " + a.alter().table() + " and its indexes"
                    + " under an ACCESS EXCLUSIVE lock (reads and writes wait), and clients that read the old type"
                    + " may break.", "Add a new column of the new type, backfill it in batches and keep it in step"
                    + " with a trigger, switch readers over, then drop the old column; or schedule the change in a"
                    + " maintenance window."));
        }
        return findings;
    }

    static boolean binaryCompatible(DataType from, DataType to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        boolean fromVarchar = from.is("character varying");
        if (fromVarchar && to.is("text")) {
            return true;
        }
        if (fromVarchar && to.is("character varying")) {
            return to.modifiers().isEmpty() || !from.modifiers().isEmpty()
                    && number(to.modifiers().get(0)) >= number(from.modifiers().get(0));
        }
        if (from.is("numeric") && to.is("numeric") && from.modifiers().size() == 2 && to.modifiers().size() == 2) {
            return from.modifiers().get(1).equals(to.modifiers().get(1))
                    && number(to.modifiers().get(0)) >= number(from.modifiers().get(0));
        }
        return from.normalized().equals(to.normalized());
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
