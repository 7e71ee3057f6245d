package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** ADD PRIMARY KEY on an existing table (index built under an ACCESS EXCLUSIVE lock). */
final class AddingSerialPrimaryKeyField extends MigrationRule {

    @Override public String id() { return "adding-serial-primary-key-field"; }
    @Override public String summary() { return "Build the primary-key index CONCURRENTLY and add the key USING INDEX."; }

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
                if (c instanceof PrimaryKey pk) {
                    String table = a.alter().table().toString();
                    String index = a.alter().table().name() + "_pkey_idx";
                    findings.add(finding(pk.location(), table, "Adding a primary key to " + table + " builds its"
                            + " unique index (and, for a new serial or identity column, fills every row) while holding"
                            + " an ACCESS EXCLUSIVE lock: reads and writes wait.", "Build the index concurrently,"
                            + " then attach it: CREATE UNIQUE INDEX CONCURRENTLY " + Text.ident(index) + " ON " + table
                            + " (" + String.join(", ", pk.columns()) + "); ALTER TABLE " + table + " ADD CONSTRAINT "
                            + Text.ident(a.alter().table().name() + "_pkey") + " PRIMARY KEY USING INDEX "
                            + Text.ident(index) + ";"));
                }
            }
        }
        return findings;
    }
}
