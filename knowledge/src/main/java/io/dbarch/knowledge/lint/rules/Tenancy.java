package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Optional;

/** Multi-tenancy detection: which column carries the tenant key, and whether most tables carry it. */
final class Tenancy {

    private Tenancy() {
    }

    static List<Table> tables(SchemaModel model) {
        return model.tables().stream().filter(t -> !t.isPartition()).toList();
    }

    static Optional<String> tenantColumn(Table t, List<String> tenantColumns) {
        return tenantColumns.stream().filter(c -> t.column(c).isPresent()).findFirst();
    }

    /** True when at least 3 tables and at least {@code share} of all tables carry a tenant column. */
    static boolean multiTenant(SchemaModel model, List<String> tenantColumns, double share) {
        List<Table> tables = tables(model);
        long keyed = tables.stream().filter(t -> tenantColumn(t, tenantColumns).isPresent()).count();
        return keyed >= 3 && keyed >= share * tables.size();
    }

    /** The tenant table itself (tenant_id → tenant/tenants) does not carry its own key. */
    static boolean isTenantTable(Table t, List<String> tenantColumns) {
        String name = Text.lower(t.name().name());
        return tenantColumns.stream().map(c -> Text.lower(c).replaceFirst("_?id$", ""))
                .anyMatch(stem -> name.equals(stem) || name.equals(stem + "s") || name.equals(stem + "es"));
    }
}
