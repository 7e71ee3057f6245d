package io.dbarch.knowledge.design;

import static java.util.stream.Collectors.joining;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a requirements document: the requirements, or the list of problems (never both).
 */
public record RequirementsReadResult(Optional<Requirements> requirements, List<ValidationError> errors) {

    public RequirementsReadResult {
        errors = List.copyOf(errors);
        if (requirements.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("either requirements or errors");
        }
    }

    static RequirementsReadResult ok(Requirements requirements) {
        return new RequirementsReadResult(Optional.of(requirements), List.of());
    }

    static RequirementsReadResult failed(List<ValidationError> errors) {
        return new RequirementsReadResult(Optional.empty(), errors);
    }

    public boolean valid() {
        return requirements.isPresent();
    }

    /** The requirements, or an {@link IllegalArgumentException} whose message lists every problem, one per line. */
    public Requirements orElseThrow() {
        return requirements.orElseThrow(() -> new IllegalArgumentException(errorText()));
    }

    /** Every problem, one per line. */
    public String errorText() {
        return errors.stream().map(ValidationError::toString).collect(joining("\n"));
    }
}
