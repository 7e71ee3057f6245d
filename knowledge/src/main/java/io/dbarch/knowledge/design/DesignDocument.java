package io.dbarch.knowledge.design;

import io.dbarch.knowledge.design.analytics.AnalyticsDesign;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.knowledge.design.hadr.HaDrDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.tenancy.TenancyAdvisor;
import java.util.List;

/** Lays out design.md: summary, escalations, requirements, assumptions, decisions, risks, then every section. */
final class DesignDocument {

    private DesignDocument() {
    }

    static String render(Requirements r, List<Section<?>> sections, List<Escalation> escalations, SchemaDesign schema,
                         HaDrDesign hadr, CapacityPlan capacity, AnalyticsDesign analytics) {
        StringBuilder md = new StringBuilder("# Database design: ").append(r.name()).append("\n\n");
        if (!r.summary().isBlank()) {
            md.append(r.summary().strip()).append("\n\n");
        }
        md.append("## Summary\n\n");
        md.append("- **Engine:** ").append(r.platform().engine().displayName()).append(r.platform().managed() ? ", managed" : ", self-run")
                .append(r.platform().provider().map(p -> " on " + p.toUpperCase()).orElse("")).append(".\n");
        md.append("- **Schema:** ").append(schema.tables().size()).append(" tables in third normal form; first migration in `flyway/V1__initial_schema.sql`, diagram in `erd/erd.svg`.\n");
        md.append("- **HA/DR:** ").append(hadr.tier().description()).append(hadr.drRegion().map(d -> "; DR replica in " + d).orElse("")).append(".\n");
        TenancyAdvisor.recommend(r).ifPresent(t -> md.append("- **Tenancy:** ").append(r.tenancy().model().orElse(t.model()).spelling())
                .append(" for ").append("%,d".formatted(r.tenancy().tenants())).append(" tenants.\n"));
        if (!analytics.approach().equals("none")) {
            md.append("- **Analytics:** ").append(analytics.approach().equals("cdc") ? "CDC into " + io.dbarch.knowledge.design.analytics.AnalyticsDesigner.display(analytics.target()) : "read replica").append(".\n");
        }
        md.append("- **Capacity:** %,.0f GB today, %,.0f GB in year 3; %s\n".formatted(capacity.years().get(0).dataGb(),
                capacity.years().get(3).dataGb(), capacity.sharding().neededWithinThreeYears()
                        ? "sharding needed within three years." : "no sharding needed within three years."));
        long blockers = escalations.stream().filter(e -> e.severity() == Escalation.Severity.BLOCKER).count();
        md.append("- **Escalations:** ").append(escalations.isEmpty() ? "none: the requirements are compatible."
                : "%d (%d blocking) — decisions needed before building.".formatted(escalations.size(), blockers)).append("\n\n");
        md.append("## Escalations\n\n");
        if (escalations.isEmpty()) {
            md.append("None. Every rule was checked; no stated requirements conflict.\n\n");
        } else {
            escalations.forEach(e -> md.append(e.markdown()).append('\n'));
        }
        md.append(RequirementsDigest.render(r));
        md.append("## Decisions\n\n").append(Decision.tableHeader());
        ArchitectureDecisions.of(r, hadr, capacity, analytics).forEach(d -> md.append(d.asRow()).append('\n'));
        md.append("\nSchema decisions (keys, types, partitioning, denormalisation) are listed under Schema design.\n");
        md.append("\n## Risks\n\n");
        Risks.of(r, schema, hadr, capacity, analytics, escalations).forEach(x -> md.append("- ").append(x).append('\n'));
        md.append('\n');
        for (Section<?> s : sections) {
            md.append("## ").append(s.title()).append("\n\n").append(s.markdown().strip()).append("\n\n");
        }
        return md.toString().strip() + "\n";
    }
}
