package io.dbarch.knowledge.design.runbooks;

import io.dbarch.knowledge.design.Attribute;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.QueryPattern;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.schema.ColumnDesign;
import io.dbarch.knowledge.design.schema.ForeignKeyDesign;
import io.dbarch.knowledge.design.schema.SchemaDesign;
import io.dbarch.knowledge.design.schema.TableDesign;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Values and predicates for pgbench scripts: random keys, literals by type, tenant-safe references. */
final class Values {

    private final Requirements r;
    private final SchemaDesign schema;
    private final Set<String> variables = new LinkedHashSet<>();

    Values(Requirements r, SchemaDesign schema) {
        this.r = r;
        this.schema = schema;
    }

    List<String> variables() {
        return List.copyOf(variables);
    }

    void reset() {
        variables.clear();
    }

    String where(QueryPattern q, TableDesign t) {
        List<String> conditions = new ArrayList<>();
        if (t.tenantScoped()) {
            conditions.add("tenant_id = :tenant_id");
        }
        for (String f : q.filterBy()) {
            column(t, f).ifPresent(c -> conditions.add(c + " = " + value(t, c)));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    String order(QueryPattern q, TableDesign t) {
        return q.orderBy().flatMap(o -> column(t, o)).map(c -> " ORDER BY " + c + " DESC").orElse("");
    }

    String aggregate(QueryPattern q, TableDesign t) {
        String group = q.groupBy().flatMap(g -> column(t, g)).orElse("id");
        String view = t.name() + "_by_" + q.groupBy().orElse("");
        if (schema.postgresql().contains("CREATE MATERIALIZED VIEW " + view + " ")) {
            return "SELECT * FROM " + (t.tenantScoped() ? view + "_for_tenant" : view) + " ORDER BY row_count DESC LIMIT " + q.limit() + ";";
        }
        return "SELECT " + group + ", count(*) FROM " + t.name() + where(q, t) + " GROUP BY " + group
                + " ORDER BY count(*) DESC LIMIT " + q.limit() + ";";
    }

    String insert(TableDesign t) {
        List<String> cols = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (ColumnDesign c : t.columns()) {
            if (c.identity() || !c.notNull() || c.postgresDefault().isPresent()) {
                continue;
            }
            cols.add(c.name());
            vals.add(c.name().equals("tenant_id") ? ":tenant_id" : value(t, c.name()));
        }
        return "INSERT INTO " + t.name() + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", vals) + ");";
    }

    private String value(TableDesign t, String column) {
        Optional<ForeignKeyDesign> fk = t.foreignKeys().stream()
                .filter(f -> f.columns().get(f.columns().size() - 1).equals(column)).findFirst();
        if (fk.isPresent()) {
            String parent = fk.get().references();
            long rows = r.domain().entity(parent).map(Entity::rows).orElse(r.tenancy().tenants() > 1 ? r.tenancy().tenants() : 1000L);
            variables.add("\\set " + column + " random(1, " + Math.max(1, rows) + ")");
            if (!t.tenantScoped() || parent.equals(r.tenancy().tenantEntity())) {
                return ":" + column;
            }
            return "coalesce((SELECT id FROM %1$s WHERE tenant_id = :tenant_id AND id >= :%2$s ORDER BY id LIMIT 1), (SELECT min(id) FROM %1$s WHERE tenant_id = :tenant_id))"
                    .formatted(parent, column);
        }
        if (column.equals("id")) {
            long rows = r.domain().entity(t.name()).map(Entity::rows).orElse(1000L);
            variables.add("\\set id random(1, " + Math.max(1, rows) + ")");
            return ":id";
        }
        Optional<Attribute> a = r.domain().entity(t.name()).flatMap(e -> e.attribute(column));
        String literal = a.map(this::literal).orElse("now()");
        if (literal.contains(":n")) {
            variables.add("\\set n random(1, 1000000000)");
        }
        return literal;
    }

    private String literal(Attribute a) {
        return switch (a.type()) {
            case STATUS -> "'" + a.values().get(0) + "'";
            case EMAIL -> "'lt' || :n || '@example.com'";
            case STRING -> a.parameters().isEmpty() || a.parameters().get(0) >= 12 ? "'lt-' || :n" : "'" + "x".repeat(Math.min(3, a.parameters().get(0))) + "'";
            case TEXT -> "'load test ' || :n";
            case MONEY, DECIMAL -> "10.00";
            case TIMESTAMP -> "now()";
            case DATE -> "current_date";
            case BOOLEAN -> "true";
            case INTEGER, BIGINT -> "(:n % 100) + 1";
            case JSON -> "'{\"source\": \"load test\"}'";
            case UUID -> "gen_random_uuid()";
        };
    }

    private Optional<String> column(TableDesign t, String name) {
        if (t.column(name).isPresent()) {
            return Optional.of(name);
        }
        if (name.equals("tenant") || name.equals(r.tenancy().tenantEntity())) {
            return t.column("tenant_id").map(ColumnDesign::name);
        }
        return r.domain().relationships().stream()
                .filter(rel -> rel.kind() != Relationship.Cardinality.MANY_TO_MANY)
                .filter(rel -> rel.name().orElse(rel.kind() == Relationship.Cardinality.ONE_TO_MANY ? rel.from() : rel.to()).equals(name))
                .map(rel -> name + "_id").filter(c -> t.column(c).isPresent()).findFirst();
    }
}
