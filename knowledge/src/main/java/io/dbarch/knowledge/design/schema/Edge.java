package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.DomainModel;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Relationship.Cardinality;
import io.dbarch.knowledge.design.Relationship.OnDelete;
import java.util.List;

/**
 * A relationship turned into a foreign key: {@code child.role_id → parent.id}. Many-to-many relationships
 * have no edge; they become junction tables.
 */
record Edge(String child, String parent, String role, boolean required, boolean unique, OnDelete onDelete) {

    String column() {
        return role + "_id";
    }

    static List<Edge> of(DomainModel domain) {
        return domain.relationships().stream().filter(r -> r.kind() != Cardinality.MANY_TO_MANY).map(Edge::of).toList();
    }

    static List<Relationship> manyToMany(DomainModel domain) {
        return domain.relationships().stream().filter(r -> r.kind() == Cardinality.MANY_TO_MANY).toList();
    }

    private static Edge of(Relationship r) {
        boolean reversed = r.kind() == Cardinality.ONE_TO_MANY;
        String child = reversed ? r.to() : r.from();
        String parent = reversed ? r.from() : r.to();
        OnDelete onDelete = !r.required() && r.onDelete() == OnDelete.RESTRICT ? OnDelete.RESTRICT : r.onDelete();
        return new Edge(child, parent, r.name().orElse(parent), r.required(), r.kind() == Cardinality.ONE_TO_ONE, onDelete);
    }
}
