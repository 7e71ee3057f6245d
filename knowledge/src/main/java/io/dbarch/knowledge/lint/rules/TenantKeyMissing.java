package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintContext;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * In a multi-tenant schema (most tables carry a tenant key such as tenant_id), the tables that lack it. The tenant
 * table itself and tables with no foreign keys (shared reference data such as countries) are left alone.
 */
final class TenantKeyMissing extends SecurityRule {

    @Override public String id() { return "tenant-key-missing"; }
    @Override public String summary() { return "In a multi-tenant schema every business table carries the tenant key."; }

    @Override
    public List<Finding> check(LintContext context) {
        List<String> columns = context.config().tenantColumns();
        if (!Tenancy.multiTenant(context.model(), columns, context.config().tenantShare())) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Table t : Tenancy.tables(context.model())) {
            if (Tenancy.tenantColumn(t, columns).isPresent() || Tenancy.isTenantTable(t, columns)
                    || t.foreignKeys().isEmpty()) {
                continue;
            }
            String key = Tenancy.tables(context.model()).stream().map(x -> Tenancy.tenantColumn(x, columns))
                    .flatMap(java.util.Optional::stream).findFirst().orElse(columns.get(0));
            findings.add(finding(t.location(), t.name().toString(), "Most tables of this schema carry the tenant key "
                    + key + " but " + t.name() + " does not: queries must reach the tenant through joins, so one"
                    + " missing join condition (or a row-level-security policy that cannot be written) leaks data"
                    + " between tenants.", "Add and backfill it: ALTER TABLE " + t.name() + " ADD COLUMN " + key
                    + " bigint; -- backfill from the parent row, then SET NOT NULL and index it; or list it as"
                    + " shared data by disabling the rule for it with a dbarch-ignore comment."));
        }
        return findings;
    }
}
