package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;

/** A foreign key added to an existing table without NOT VALID. */
final class AddingForeignKeyConstraint extends MigrationRule {

    @Override public String id() { return "adding-foreign-key-constraint"; }
    @Override public String summary() { return "Add foreign keys NOT VALID and validate them in a later transaction."; }

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
                if (c instanceof ForeignKey fk && !fk.notValid()) {
                    findings.add(flag(a, fk));
                }
            }
        }
        return findings;
    }

    private Finding flag(Ddl.Action<AlterAction> a, ForeignKey fk) {
        String table = a.alter().table().toString();
        String name = fk.name().orElse(a.alter().table().name() + "_" + String.join("_", fk.columns()) + "_fkey");
        String refs = fk.referencedColumns().isEmpty() ? "" : " (" + String.join(", ", fk.referencedColumns()) + ")";
        return finding(fk.location(), table + "." + name, "Adding foreign key " + name + " on " + table + " → "
                + fk.referencedTable() + " takes SHARE ROW EXCLUSIVE locks on both tables and scans " + table
                + " to validate it: writes to both tables wait for the scan.", "Add it NOT VALID, then validate in"
                + " a separate transaction: ALTER TABLE " + table + " ADD CONSTRAINT " + Text.ident(name)
                + " FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedTable() + refs
                + " NOT VALID; ALTER TABLE " + table + " VALIDATE CONSTRAINT " + Text.ident(name) + ";");
    }
}
