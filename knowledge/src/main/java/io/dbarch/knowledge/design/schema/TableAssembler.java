package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Attribute;
import io.dbarch.knowledge.design.AttributeType;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.EntityKind;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Relationship.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns entities and relationships into tables: surrogate keys, natural keys, foreign keys, audit columns. */
final class TableAssembler {

    private final SchemaContext ctx;
    private final List<EnumDesign> enums = new ArrayList<>();

    TableAssembler(SchemaContext ctx) {
        this.ctx = ctx;
    }

    List<EnumDesign> enums() {
        return List.copyOf(enums);
    }

    TableDesign entityTable(Entity e) {
        boolean scoped = ctx.scoped(e.name());
        boolean partitioned = ctx.partitioned(e.name());
        List<ColumnDesign> columns = new ArrayList<>();
        columns.add(new ColumnDesign("id", "bigint", "BIGINT", true, true, Optional.empty(), Optional.empty(),
                Optional.empty(), false));
        List<ForeignKeyDesign> fks = new ArrayList<>();
        if (scoped) {
            columns.add(ColumnDesign.plain("tenant_id", "bigint", "BIGINT", true));
            fks.add(new ForeignKeyDesign(e.name() + "_tenant_fk", List.of("tenant_id"), ctx.tenantTable(),
                    List.of("id"), OnDelete.RESTRICT));
        }
        for (Edge edge : ctx.edges()) {
            if (!edge.child().equals(e.name()) || scoped && edge.parent().equals(ctx.tenantTable())) {
                continue;
            }
            columns.add(ColumnDesign.plain(edge.column(), "bigint", "BIGINT", edge.required()));
            boolean composite = scoped && ctx.scoped(edge.parent());
            if (!ctx.partitioned(edge.parent())) {
                fks.add(new ForeignKeyDesign(e.name() + "_" + edge.role() + "_fk",
                        composite ? List.of("tenant_id", edge.column()) : List.of(edge.column()), edge.parent(),
                        composite ? List.of("tenant_id", "id") : List.of("id"), edge.onDelete()));
            }
        }
        for (Attribute a : e.attributes()) {
            ColumnDesign column = TypeMapping.column(e.name(), a);
            columns.add(column);
            if (a.type() == AttributeType.STATUS) {
                enums.add(new EnumDesign(column.postgresType(), a.values()));
            }
        }
        columns.add(auditColumn("created_at"));
        boolean audit = e.kind() != EntityKind.EVENT;
        if (audit) {
            columns.add(auditColumn("updated_at"));
        }
        List<String> pk = partitioned ? List.of("id", "created_at") : List.of("id");
        return new TableDesign(e.name(), e.name(), columns, pk, uniqueKeys(e, scoped, partitioned), fks, List.of(),
                partitioned ? Optional.of("created_at") : Optional.empty(), scoped, audit);
    }

    private List<List<String>> uniqueKeys(Entity e, boolean scoped, boolean partitioned) {
        List<List<String>> keys = new ArrayList<>();
        List<String> prefix = scoped ? List.of("tenant_id") : List.of();
        List<String> suffix = partitioned ? List.of("created_at") : List.of();
        if (!e.naturalKey().isEmpty() && !ctx.emailKey(e)) {
            keys.add(concat(prefix, e.naturalKey(), suffix));
        }
        e.attributes().stream().filter(Attribute::unique).filter(a -> !e.naturalKey().equals(List.of(a.name())))
                .forEach(a -> keys.add(concat(prefix, List.of(a.name()), suffix)));
        ctx.edges().stream().filter(edge -> edge.child().equals(e.name()) && edge.unique())
                .forEach(edge -> keys.add(concat(prefix, List.of(edge.column()), suffix)));
        if (scoped && !partitioned && ctx.referencedByScoped(e.name())) {
            keys.add(List.of("tenant_id", "id"));
        }
        return keys;
    }

    TableDesign junction(Relationship r) {
        String name = r.from() + "_" + r.to();
        boolean scoped = ctx.scoped(r.from()) && ctx.scoped(r.to());
        List<ColumnDesign> columns = new ArrayList<>();
        List<ForeignKeyDesign> fks = new ArrayList<>();
        if (scoped) {
            columns.add(ColumnDesign.plain("tenant_id", "bigint", "BIGINT", true));
        }
        for (String side : Set.copyOf(List.of(r.from(), r.to())).size() == 2 ? List.of(r.from(), r.to()) : List.of(r.from())) {
            columns.add(ColumnDesign.plain(side + "_id", "bigint", "BIGINT", true));
            fks.add(new ForeignKeyDesign(name + "_" + side + "_fk",
                    scoped ? List.of("tenant_id", side + "_id") : List.of(side + "_id"), side,
                    scoped ? List.of("tenant_id", "id") : List.of("id"), OnDelete.CASCADE));
        }
        columns.add(auditColumn("created_at"));
        List<String> pk = columns.stream().filter(c -> c.name().endsWith("_id")).map(ColumnDesign::name).toList();
        return new TableDesign(name, r.from() + " × " + r.to(), columns, pk, List.of(), fks, List.of(),
                Optional.empty(), scoped, false);
    }

    private static ColumnDesign auditColumn(String name) {
        return new ColumnDesign(name, "timestamptz", "DATETIME(6)", true, false, Optional.of("now()"),
                Optional.of(name.equals("updated_at") ? "CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)"
                        : "CURRENT_TIMESTAMP(6)"), Optional.empty(), false);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        c.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }
}
