package io.dbarch.knowledge.design.schema;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Designs a normalised schema (third normal form) from the domain model: surrogate bigint identity keys plus
 * natural unique keys, foreign keys with supporting indexes, timestamptz audit columns, enum types for statuses,
 * a tenant key with row-level security in a shared-schema multi-tenant design, monthly range partitions for
 * high-volume event entities, query-driven indexes, and denormalisation only where the workload justifies it.
 */
public final class SchemaDesigner {

    public Section<SchemaDesign> design(Requirements requirements) {
        requireNonNull(requirements, "requirements");
        SchemaContext ctx = new SchemaContext(requirements);
        TableAssembler assembler = new TableAssembler(ctx);
        List<TableDesign> tables = new ArrayList<>();
        if (ctx.sharedSchema() && requirements.domain().entity(ctx.tenantTable()).isEmpty()) {
            tables.add(assembler.entityTable(new Entity(ctx.tenantTable(), requirements.tenancy().tenants(), 10,
                    io.dbarch.knowledge.design.EntityKind.CORE, true, List.of(), List.of())));
        }
        requirements.domain().entities().forEach(e -> tables.add(assembler.entityTable(e)));
        Edge.manyToMany(requirements.domain()).forEach(r -> tables.add(assembler.junction(r)));
        IndexPlanner planner = new IndexPlanner(ctx);
        List<TableDesign> indexed = tables.stream().map(planner::plan).toList();
        AggregatePlanner aggregates = new AggregatePlanner(ctx);
        aggregates.plan(planner.servedBy());
        var partitionsFrom = requirements.domain().partitionsFrom();
        String postgresql = PostgresDdl.render(requirements.name(), indexed, assembler.enums(),
                aggregates.postgresViews(), partitionsFrom);
        String mysql = MySqlDdl.render(requirements.name(), indexed, partitionsFrom);
        List<io.dbarch.knowledge.design.Decision> decisions = new ArrayList<>(SchemaDecisions.of(ctx, indexed));
        decisions.addAll(aggregates.decisions());
        SchemaDesign design = new SchemaDesign(indexed, assembler.enums(), decisions, planner.servedBy(), postgresql, mysql);
        return new Section<>("schema", "Schema design", SchemaMarkdown.render(requirements, design), design);
    }
}
