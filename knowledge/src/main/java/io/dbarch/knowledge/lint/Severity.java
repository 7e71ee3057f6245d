package io.dbarch.knowledge.lint;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; {@code ERROR} is the most serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case name used in configuration, JSON and text output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> fromId(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
