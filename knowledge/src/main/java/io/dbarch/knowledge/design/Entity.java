package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One entity of the domain model.
 *
 * @param rows                 expected rows today
 * @param growthPercentPerYear yearly growth of this entity (the workload's growth when not stated)
 * @param global               shared by all tenants, so it carries no tenant key
 * @param naturalKey           attributes identifying a row in the business (a unique key next to the surrogate)
 */
public record Entity(
        String name,
        long rows,
        double growthPercentPerYear,
        EntityKind kind,
        boolean global,
        List<String> naturalKey,
        List<Attribute> attributes) {

    public Entity {
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        naturalKey = List.copyOf(naturalKey);
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    public boolean holdsPersonalData() {
        return attributes.stream().anyMatch(Attribute::personal);
    }

    /** Rows after {@code years} years of compound growth. */
    public double rowsAfterYears(int years) {
        return rows * Math.pow(1 + growthPercentPerYear / 100.0, years);
    }
}
