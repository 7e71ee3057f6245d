package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where row-level security is in use, tables with a tenant key that do not enable it. */
final class TenantTableWithoutRls extends SecurityRule {

    @Override public String id() { return "tenant-table-without-rls"; }
    @Override public Set<Dialect> dialects() { return Set.of(Dialect.POSTGRESQL); }
    @Override public String summary() { return "When RLS is in use, every table with a tenant key enables it."; }

    @Override
    public List<Finding> check(LintContext context) {
        Set<String> enabled = new HashSet<>();
        for (SqlStatement s : context.allStatements()) {
            if (s.ddl().orElse(null) instanceof DdlStatement.AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.Other o && Text.code(o.text()).matches("(enable|force) row"
                            + " level security")) {
                        enabled.add(Text.lower(a.table().name()));
                    }
                }
            }
        }
        if (enabled.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Table t : Tenancy.tables(context.model())) {
            var key = Tenancy.tenantColumn(t, context.config().tenantColumns());
            if (key.isEmpty() || enabled.contains(Text.lower(t.name().name()))) {
                continue;
            }
            findings.add(finding(t.location(), t.name().toString(), "Row-level security is enabled on " + enabled.size()
                    + " table(s) of this schema, but not on " + t.name() + ", which carries the tenant key "
                    + key.get() + ": a query without the tenant filter returns every tenant's rows.",
                    "ALTER TABLE " + t.name() + " ENABLE ROW LEVEL SECURITY; CREATE POLICY tenant_isolation ON "
                            + t.name() + " USING (" + key.get() + " = current_setting('app.tenant_id')::bigint);"));
        }
        return findings;
    }
}
