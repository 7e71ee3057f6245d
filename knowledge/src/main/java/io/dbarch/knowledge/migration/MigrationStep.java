package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One migration script of a plan: what it does, its SQL, how to undo it and its hazards.
 *
 * @param version       the Flyway version, e.g. {@code 3}
 * @param phase         expand, backfill or contract
 * @param description   what it does, for a person, e.g. {@code add column public.orders.note}
 * @param statements    the SQL statements, timeouts first, without terminators
 * @param undo          statements that reverse it; empty when it cannot be reversed
 * @param transactional false when the script must run outside a transaction (CONCURRENTLY, batched backfills)
 * @param hazards       what can go wrong on a live database
 * @param deployBefore  an application deploy that must happen before this step, when one must
 */
public record MigrationStep(
        int version, Phase phase, String description, List<String> statements, List<String> undo,
        boolean transactional, List<Hazard> hazards, Optional<String> deployBefore) {

    public MigrationStep {
        requireNonNull(phase, "phase");
        requireNonNull(description, "description");
        statements = List.copyOf(statements);
        undo = List.copyOf(undo);
        hazards = List.copyOf(hazards);
        requireNonNull(deployBefore, "deployBefore");
    }

    public boolean reversible() {
        return !undo.isEmpty();
    }

    public boolean has(HazardKind kind) {
        return hazards.stream().anyMatch(h -> h.kind() == kind);
    }
}
