package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** ADD UNIQUE on an existing table (builds the index under an ACCESS EXCLUSIVE lock). */
final class DisallowedUniqueConstraint extends MigrationRule {

    @Override public String id() { return "disallowed-unique-constraint"; }
    @Override public String summary() { return "Build a unique index CONCURRENTLY and add the constraint USING INDEX."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction> a : Ddl.actions(context, AlterAction.class)) {
            if (!context.existedBefore(a.alter().table())) {
                continue;
            }
            List<TableConstraint> constraints = a.action() instanceof AlterAction.AddConstraint add
                    ? List.of(add.constraint())
                    : a.action() instanceof AlterAction.AddColumn col ? col.constraints() : List.of();
            for (TableConstraint c : constraints) {
                if (c instanceof UniqueConstraint u) {
                    String table = a.alter().table().toString();
                    String name = u.name().orElse(a.alter().table().name() + "_" + String.join("_", u.columns())
                            + "_key");
                    findings.add(finding(u.location(), table + "." + name, "Adding UNIQUE " + name + " to " + table
                            + " builds its index while holding an ACCESS EXCLUSIVE lock: reads and writes wait until"
                            + " the whole table is indexed.", "Build the index first, then attach it: CREATE UNIQUE"
                            + " INDEX CONCURRENTLY " + Text.ident(name + "_idx") + " ON " + table + " ("
                            + String.join(", ", u.columns()) + ")" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                            + "; ALTER TABLE " + table + " ADD CONSTRAINT "
                            + Text.ident(name) + " UNIQUE USING INDEX " + Text.ident(name + "_idx") + ";"));
                }
            }
        }
        return findings;
    }
}
