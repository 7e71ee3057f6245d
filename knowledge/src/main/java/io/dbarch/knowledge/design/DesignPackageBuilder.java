package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.analytics.AnalyticsDesign;
import io.dbarch.knowledge.design.analytics.AnalyticsDesigner;
import io.dbarch.knowledge.design.capacity.CapacityPlan;
import io.dbarch.knowledge.design.capacity.CapacityPlanner;
import io.dbarch.knowledge.design.consistency.ConsistencyDesigner;
import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.knowledge.design.escalation.Escalations;
import io.dbarch.knowledge.design.hadr.HaDrDesign;
import io.dbarch.knowledge.design.hadr.HaDrDesigner;
import io.dbarch.knowledge.design.lifecycle.LifecycleDesigner;
import io.dbarch.knowledge.design.runbooks.RunbookWriter;
import io.dbarch.knowledge.design.runbooks.Runbooks;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.SchemaDesigner;
import io.dbarch.knowledge.design.security.SecurityDesign;
import io.dbarch.knowledge.design.security.SecurityDesigner;
import io.dbarch.knowledge.design.tenancy.TenancyDesigner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a complete design package from requirements: runs every generator and every escalation rule and lays
 * out the files. The single entry point for the CLI ({@code dbarch design}) and {@code POST /api/design}.
 */
public final class DesignPackageBuilder {

    public DesignPackage build(Requirements r) {
        requireNonNull(r, "requirements");
        Section<SchemaDesign> schema = new SchemaDesigner().design(r);
        Section<HaDrDesign> hadr = new HaDrDesigner().design(r);
        Section<CapacityPlan> capacity = new CapacityPlanner().plan(r);
        Section<?> tenancy = new TenancyDesigner().design(r, schema.data());
        Section<AnalyticsDesign> analytics = new AnalyticsDesigner().design(r, schema.data());
        Section<SecurityDesign> security = new SecurityDesigner().design(r, schema.data());
        Section<?> lifecycle = new LifecycleDesigner().design(r, schema.data());
        Section<?> consistency = new ConsistencyDesigner().design(r);
        Section<Runbooks> runbooks = new RunbookWriter().write(r, schema.data(), hadr.data(), capacity.data());
        List<Escalation> escalations = Escalations.evaluate(r);
        List<Section<?>> sections = List.of(schema, hadr, capacity, tenancy, analytics, security, lifecycle,
                consistency, runbooks);

        Map<String, String> files = new LinkedHashMap<>();
        files.put("design.md", DesignDocument.render(r, sections, escalations, schema.data(), hadr.data(),
                capacity.data(), analytics.data()));
        boolean mysql = r.platform().engine() == Platform.Engine.MYSQL;
        files.put("flyway/V1__initial_schema.sql", mysql ? schema.data().mysql() : schema.data().postgresql());
        files.put(mysql ? "schema/postgresql.sql" : "schema/mysql.sql", mysql ? schema.data().postgresql() : schema.data().mysql());
        files.put("security/grants.sql", security.data().grantScript());
        files.putAll(DesignErd.draw(schema.data().postgresql()));
        runbooks.data().files().forEach((name, text) -> files.put("runbooks/" + name, text));
        runbooks.data().pgbenchScripts().forEach((name, text) -> files.put("loadtest/" + name, text));
        if (!analytics.data().publicationSql().isEmpty()) {
            files.put("analytics/publication.sql", analytics.data().publicationSql());
            files.put("analytics/debezium-connector.json", analytics.data().connectorJson());
        }
        if (!analytics.data().reportSql().isEmpty()) {
            files.put("analytics/report-views.sql", String.join("\n\n", analytics.data().reportSql()) + "\n");
        }
        return new DesignPackage(r.name(), files, escalations);
    }
}
