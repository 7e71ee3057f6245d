package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

/**
 * One hazard of a migration step, e.g. {@code takes-lock: ACCESS EXCLUSIVE on public.orders blocks reads and
 * writes until the transaction ends}.
 */
public record Hazard(HazardKind kind, String message) {

    public Hazard {
        requireNonNull(kind, "kind");
        requireNonNull(message, "message");
    }

    /** {@code id: message}. */
    public String asLine() {
        return kind.id() + ": " + message;
    }
}
