package io.dbarch.knowledge.design.escalation;

import io.dbarch.knowledge.design.Requirements;
import java.util.Optional;

/** Detects one kind of conflict between requirements. Implementations are stateless. */
public interface EscalationRule {

    /** Stable kebab-case id; never renamed. */
    String id();

    /** The escalation when the requirements conflict, empty when they are compatible. */
    Optional<Escalation> check(Requirements requirements);
}
