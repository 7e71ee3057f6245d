package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Attribute;
import io.dbarch.knowledge.design.AttributeType;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.EntityKind;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.Tenancy;
import io.dbarch.knowledge.design.tenancy.TenancyAdvisor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the table assembler needs to know about tenancy, partitioning and relationships. */
final class SchemaContext {

    /** Event tables reaching this many rows within three years are partitioned by time. */
    static final double PARTITION_ROWS = 10_000_000;

    private final Requirements requirements;
    private final boolean sharedSchema;
    private final String tenantTable;
    private final List<Edge> edges;
    private final Set<String> partitioned;

    SchemaContext(Requirements r) {
        this.requirements = r;
        this.sharedSchema = TenancyAdvisor.effectiveModel(r).filter(m -> m == Tenancy.Model.SHARED_SCHEMA).isPresent();
        this.tenantTable = r.tenancy().tenantEntity();
        this.edges = Edge.of(r.domain());
        this.partitioned = r.domain().entities().stream()
                .filter(e -> e.kind() == EntityKind.EVENT)
                .filter(e -> e.rowsAfterYears(3) >= PARTITION_ROWS || r.compliance().retentionOf(e.name()).isPresent())
                .map(Entity::name).collect(Collectors.toUnmodifiableSet());
    }

    Requirements requirements() {
        return requirements;
    }

    boolean sharedSchema() {
        return sharedSchema;
    }

    String tenantTable() {
        return tenantTable;
    }

    List<Edge> edges() {
        return edges;
    }

    boolean partitioned(String entity) {
        return partitioned.contains(entity);
    }

    /** True when the entity's rows belong to a tenant and carry the tenant key. */
    boolean scoped(String entity) {
        return sharedSchema && !entity.equals(tenantTable)
                && requirements.domain().entity(entity).map(e -> !e.global()).orElse(true);
    }

    boolean referencedByScoped(String entity) {
        boolean byEdge = edges.stream().anyMatch(e -> e.parent().equals(entity) && scoped(e.child()));
        boolean byJunction = Edge.manyToMany(requirements.domain()).stream()
                .anyMatch(r -> (r.from().equals(entity) || r.to().equals(entity)) && scoped(r.from()) && scoped(r.to()));
        return byEdge || byJunction;
    }

    /** True when the natural key is a single email attribute, which gets a case-insensitive unique index. */
    boolean emailKey(Entity e) {
        return e.naturalKey().size() == 1
                && e.attribute(e.naturalKey().get(0)).map(a -> a.type() == AttributeType.EMAIL).orElse(false);
    }

    /** The column a query's filter or order name refers to: an attribute, a referenced entity or role, or tenant. */
    Optional<String> column(String entity, String name) {
        if (name.equals("tenant")) {
            return scoped(entity) ? Optional.of("tenant_id") : Optional.empty();
        }
        Optional<Entity> e = requirements.domain().entity(entity);
        if (e.flatMap(x -> x.attribute(name)).isPresent() || Set.of("id", "created_at", "updated_at").contains(name)) {
            return Optional.of(name);
        }
        if (scoped(entity) && name.equals(tenantTable)) {
            return Optional.of("tenant_id");
        }
        return edges.stream().filter(x -> x.child().equals(entity) && x.role().equals(name)).map(Edge::column).findFirst();
    }

    Optional<Attribute> attribute(String entity, String name) {
        return requirements.domain().entity(entity).flatMap(e -> e.attribute(name));
    }
}
