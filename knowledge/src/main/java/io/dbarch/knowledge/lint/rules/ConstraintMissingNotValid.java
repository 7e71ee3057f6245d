package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.sql.AlterAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ADD CHECK without NOT VALID on an existing table (a blocking scan), and VALIDATE CONSTRAINT in the same
 * transaction as the NOT VALID add (which keeps the add's lock through the scan).
 */
final class ConstraintMissingNotValid extends MigrationRule {

    @Override public String id() { return "constraint-missing-not-valid"; }
    @Override public String summary() { return "Add CHECK constraints NOT VALID and validate them in a later transaction."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Boolean> inTransaction = context.inTransaction();
        Map<String, Integer> notValidAddedAt = new HashMap<>();
        for (Ddl.Action<AlterAction> a : Ddl.actions(context, AlterAction.class)) {
            String table = a.alter().table().toString();
            if (a.action() instanceof AlterAction.AddConstraint add && add.constraint() instanceof CheckConstraint c) {
                if (c.notValid()) {
                    c.name().ifPresent(n -> notValidAddedAt.put(n, a.index()));
                } else if (context.existedBefore(a.alter().table())) {
                    String name = c.name().orElse(a.alter().table().name() + "_check");
                    findings.add(finding(c.location(), table + "." + name, "Adding CHECK " + name + " to " + table
                            + " scans the whole table to validate it while holding an ACCESS EXCLUSIVE lock: reads"
                            + " and writes wait.", "Add it NOT VALID, then validate in a separate transaction"
                            + " (only a SHARE UPDATE EXCLUSIVE lock): ALTER TABLE " + table + " ADD CONSTRAINT "
                            + Text.ident(name) + " CHECK (" + c.expression() + ") NOT VALID; ALTER TABLE " + table
                            + " VALIDATE CONSTRAINT " + Text.ident(name) + ";"));
                }
            } else if (a.action() instanceof AlterAction.AddConstraint add && add.constraint() instanceof ForeignKey fk
                    && fk.notValid()) {
                fk.name().ifPresent(n -> notValidAddedAt.put(n, a.index()));
            } else if (a.action() instanceof AlterAction.ValidateConstraint v && notValidAddedAt.containsKey(v.name())
                    && sameTransaction(inTransaction, notValidAddedAt.get(v.name()), a.index(), context)) {
                findings.add(finding(a.statement().location(), table + "." + v.name(), "VALIDATE CONSTRAINT "
                        + v.name() + " runs in the same transaction that added it NOT VALID, so the add's ACCESS"
                        + " EXCLUSIVE lock is held during the whole validation scan: nothing is gained.",
                        "Commit between the two: move the VALIDATE CONSTRAINT to the next migration (or after a"
                                + " COMMIT)."));
            }
        }
        return findings;
    }

    private static boolean sameTransaction(List<Boolean> inTransaction, int from, int to, LintContext context) {
        if (!inTransaction.get(from) || !inTransaction.get(to)) {
            return false;
        }
        for (int i = from + 1; i <= to; i++) {
            if (!inTransaction.get(i) || LintContext.firstWord(context.statements().get(i).text()).equals("begin")) {
                return false;
            }
        }
        return true;
    }
}
