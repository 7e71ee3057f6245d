package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.sql.DdlStatement;
import java.util.ArrayList;
import java.util.List;

/** CREATE DOMAIN with CHECK or NOT NULL constraints. */
final class BanCreateDomainWithConstraint extends MigrationRule {

    @Override public String id() { return "ban-create-domain-with-constraint"; }
    @Override public String summary() { return "Keep constraints on columns, not on domains: domain constraints are hard to change online."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Ddl<DdlStatement.CreateDomain> d : Ddl.of(context, DdlStatement.CreateDomain.class)) {
            var domain = d.ddl().domain();
            if (domain.checks().isEmpty() && !domain.notNull()) {
                continue;
            }
            findings.add(finding(d.statement().location(), domain.name().toString(), "Domain " + domain.name()
                    + " carries constraints: changing them later checks every column of every table using the"
                    + " domain under lock, and they cannot be added NOT VALID per table.", "Create the domain"
                    + " without constraints (CREATE DOMAIN " + domain.name() + " AS " + domain.baseType() + ";) and"
                    + " put CHECK constraints on the columns that use it."));
        }
        return findings;
    }
}
