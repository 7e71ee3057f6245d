package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SET NOT NULL on a column of an existing table, unless an earlier validated CHECK (col IS NOT NULL) lets
 * PostgreSQL 12+ skip the full-table scan.
 */
final class AddingNotNullableField extends MigrationRule {

    @Override public String id() { return "adding-not-nullable-field"; }
    @Override public String summary() { return "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl.Action<AlterAction.SetNotNull> a : Ddl.actions(context, AlterAction.SetNotNull.class)) {
            String table = a.alter().table().toString();
            String column = a.action().column();
            if (!context.existedBefore(a.alter().table()) || provenNotNull(context, a.statement(), a.alter(), column)) {
                continue;
            }
            String check = Text.ident(a.alter().table().name() + "_" + column + "_not_null");
            findings.add(finding(a.statement().location(), table + "." + column, "SET NOT NULL on " + table + "."
                    + column + " scans every row to prove there is no NULL while holding an ACCESS EXCLUSIVE lock:"
                    + " reads and writes wait for the whole scan.", "Prove it first without blocking, then set it:"
                    + " ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + Text.ident(column)
                    + " IS NOT NULL) NOT VALID; ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + ";"
                    + " ALTER TABLE " + table + " ALTER COLUMN " + Text.ident(column) + " SET NOT NULL;"
                    + " (PostgreSQL 12+ then skips the scan; drop the check afterwards.)"));
        }
        return findings;
    }

    /** A CHECK (column IS NOT NULL) on the table was added valid, or added NOT VALID and validated, earlier. */
    private static boolean provenNotNull(LintContext context, SqlStatement at, DdlStatement.AlterTable alter,
                                         String column) {
        Map<String, Boolean> checks = new HashMap<>();
        Set<String> validated = new HashSet<>();
        String table = Text.lower(alter.table().name());
        for (SqlStatement s : context.allStatements()) {
            if (s == at) {
                break;
            }
            if (s.ddl().orElse(null) instanceof DdlStatement.AlterTable a && Text.lower(a.table().name()).equals(table)) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddConstraint add && add.constraint() instanceof CheckConstraint c
                            && Text.code(c.expression()).matches("\\(?\\s*\"?" + java.util.regex.Pattern.quote(
                            Text.lower(column)) + "\"?\\s+is\\s+not\\s+null\\s*\\)?")) {
                        checks.put(c.name().orElse(""), !c.notValid());
                    } else if (action instanceof AlterAction.ValidateConstraint v) {
                        validated.add(v.name());
                    }
                }
            }
        }
        return checks.entrySet().stream().anyMatch(e -> e.getValue() || validated.contains(e.getKey()));
    }
}
