package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A rule switched on or off, with an optional severity that replaces the rule's default. */
public record RuleSetting(boolean enabled, Optional<Severity> severity) {

    public RuleSetting {
        requireNonNull(severity, "severity");
    }

    public static RuleSetting off() {
        return new RuleSetting(false, Optional.empty());
    }

    public static RuleSetting at(Severity severity) {
        return new RuleSetting(true, Optional.of(severity));
    }
}
