package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;

/** ALTER DOMAIN … ADD CONSTRAINT. */
final class BanAlterDomainWithAddConstraint extends MigrationRule {

    @Override public String id() { return "ban-alter-domain-with-add-constraint"; }
    @Override public String summary() { return "Adding a constraint to a domain checks every column that uses it, under lock."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement s : context.statements()) {
            String code = Text.code(s.text());
            if (s.kind() == StatementKind.ALTER_DOMAIN && code.matches("alter domain \\S+ add .*")) {
                findings.add(finding(s.location(), code.split(" ")[2], Text.brief(s.text()) + " validates the new"
                        + " constraint against every column of every table that uses the domain, holding locks on"
                        + " all of them.", code.contains("not valid") ? "Validate it later with ALTER DOMAIN …"
                        + " VALIDATE CONSTRAINT in its own migration, or move the check to the columns."
                        : "Put the CHECK on the columns (ADD CONSTRAINT … NOT VALID, then VALIDATE), or at least"
                        + " add it NOT VALID and validate in a later migration."));
            }
        }
        return findings;
    }
}
