package io.dbarch.knowledge.design.tenancy;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import io.dbarch.knowledge.design.tenancy.TenancyDesign.ModelComparison;
import java.util.List;
import java.util.Optional;

/** Compares shared schema, schema per tenant and database per tenant, and recommends one. */
public final class TenancyDesigner {

    static final List<ModelComparison> COMPARISON = List.of(
            new ModelComparison("shared schema + tenant key", "logical: row-level security and composite keys",
                    "shared buffers, I/O and locks; one heavy tenant slows all", "one migration for everyone",
                    "millions of tenants", "hard: restore to scratch, copy the tenant's rows back",
                    "fine for most contracts; no physical separation"),
            new ModelComparison("schema per tenant", "namespace: search_path per connection",
                    "same instance, same contention", "one migration per schema (N × time, partial failures)",
                    "about 1,000 schemas per database", "pg_dump -n / pg_restore per schema",
                    "same files, WAL and backups for all tenants"),
            new ModelComparison("database per tenant", "physical: own database or instance, own keys",
                    "none between instances; shared host if on one cluster", "one migration per database, orchestrated",
                    "about 200 databases per cluster; more with many clusters", "native: restore that database alone",
                    "meets dedicated-storage and per-tenant key demands"));

    public Section<TenancyDesign> design(Requirements r, SchemaDesign schema) {
        requireNonNull(r, "r");
        requireNonNull(schema, "schema");
        Optional<TenancyAdvisor.Recommendation> rec = TenancyAdvisor.recommend(r);
        List<TableDesign> scoped = schema.tables().stream().filter(TableDesign::tenantScoped).toList();
        List<String> policies = scoped.stream().map(t -> t.name() + ": " + t.name() + "_tenant_isolation").toList();
        List<String> indexes = scoped.stream().flatMap(t -> t.indexes().stream()
                .map(i -> t.name() + " (" + String.join(", ", i.columns()) + ")")).toList();
        TenancyDesign design = new TenancyDesign(rec, COMPARISON, policies, indexes);
        return new Section<>("tenancy", "Multi-tenancy", markdown(r, design), design);
    }

    private static String markdown(Requirements r, TenancyDesign d) {
        if (d.recommendation().isEmpty()) {
            return "Single-tenant: no tenant key, no row-level security. If the product later serves several "
                    + "customers, add tenant_id before the data grows (a backfill on large tables is the expensive part).\n";
        }
        TenancyAdvisor.Recommendation rec = d.recommendation().get();
        StringBuilder md = new StringBuilder();
        md.append("**Recommendation:** ").append(rec.model().spelling()).append(rec.hybrid() ? " (hybrid: dedicated "
                + "databases for the tenants that need them)" : "").append(".\n\n");
        rec.reasons().forEach(x -> md.append("- ").append(x).append('\n'));
        r.tenancy().model().filter(m -> m != rec.model()).ifPresent(m -> md.append("- The requirements chose ")
                .append(m.spelling()).append("; the schema follows that choice, see the escalations for its limits.\n"));
        md.append("\n| model | isolation | noisy neighbours | migration cost | tenant-count limit | per-tenant backup/restore | compliance |\n")
                .append("|---|---|---|---|---|---|---|\n");
        d.comparison().forEach(c -> md.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(c.model(), c.isolation(),
                c.noisyNeighbours(), c.migrationCost(), c.tenantLimit(), c.perTenantRestore(), c.compliance())));
        if (!d.policies().isEmpty()) {
            md.append("\n### Row-level security\n\n");
            md.append("Every tenant-owned table has a policy comparing tenant_id with `app.tenant_id`; an unset "
                    + "setting matches nothing (fail closed). The application sets it per transaction:\n\n");
            md.append("```sql\nBEGIN;\nSELECT set_config('app.tenant_id', '42', true);  -- true: local to this transaction\n"
                    + "SELECT … FROM task WHERE project_id = 7;          -- sees tenant 42 only\nCOMMIT;\n```\n\n");
            md.append("The application role must not own the tables and must not have BYPASSRLS; the table owner "
                    + "(used only by migrations) is not subject to the policies.\n\n");
            md.append("Policies: ").append(String.join("; ", d.policies())).append(".\n");
            md.append("\n### Tenant-leading indexes\n\n");
            d.tenantIndexes().forEach(i -> md.append("- ").append(i).append('\n'));
        }
        return md.toString();
    }
}
