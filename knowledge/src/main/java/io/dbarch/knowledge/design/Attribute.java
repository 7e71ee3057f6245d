package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One attribute of an entity.
 *
 * @param type         the meaning-level type (money, email, status, …)
 * @param parameters   type parameters: length of {@code string(N)}, precision and scale of {@code decimal(P,S)}
 * @param personal     personal data or PHI, which drives erasure, masking and analyst grants
 * @param values       the allowed values of a status
 * @param averageBytes stated average stored size, for capacity
 */
public record Attribute(
        String name,
        AttributeType type,
        List<Integer> parameters,
        boolean required,
        boolean unique,
        boolean personal,
        List<String> values,
        Optional<Integer> averageBytes) {

    public Attribute {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        parameters = List.copyOf(parameters);
        values = List.copyOf(values);
        requireNonNull(averageBytes, "averageBytes");
    }
}
