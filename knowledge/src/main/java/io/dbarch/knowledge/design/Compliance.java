package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Regulatory needs.
 *
 * @param dataResidency jurisdictions the data may be stored in (empty: no restriction)
 */
public record Compliance(
        List<String> regimes,
        List<String> dataResidency,
        List<Retention> retention,
        boolean auditTrail,
        boolean rightToErasure,
        int erasureDeadlineDays,
        boolean legalHold) {

    public Compliance {
        regimes = List.copyOf(regimes);
        dataResidency = List.copyOf(dataResidency);
        retention = List.copyOf(retention);
    }

    public boolean has(String regime) {
        return regimes.contains(regime);
    }

    public Optional<Retention> retentionOf(String entity) {
        requireNonNull(entity, "entity");
        return retention.stream().filter(r -> r.entity().equals(entity)).findFirst();
    }

    /** A retention period; immutable means write-once (no change or delete before the period ends). */
    public record Retention(String entity, double years, boolean immutable) {
        public Retention {
            requireNonNull(entity, "entity");
        }
    }
}
