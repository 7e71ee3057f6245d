package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Entities and their relationships.
 *
 * @param partitionsFrom the first month of time partitions for event entities, when known
 */
public record DomainModel(List<Entity> entities, List<Relationship> relationships, Optional<YearMonth> partitionsFrom) {

    public DomainModel {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        requireNonNull(partitionsFrom, "partitionsFrom");
    }

    public Optional<Entity> entity(String name) {
        requireNonNull(name, "name");
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Entities holding personal data. */
    public List<Entity> personalDataEntities() {
        return entities.stream().filter(Entity::holdsPersonalData).toList();
    }
}
