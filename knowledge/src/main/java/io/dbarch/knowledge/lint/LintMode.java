package io.dbarch.knowledge.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the input is a schema (a dump or a design: judged as a whole) or a sequence of migrations (each file
 * judged against what the earlier ones created, with the migration-safety rules on).
 */
public enum LintMode {
    SCHEMA, MIGRATION, AUTO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LintMode> fromId(String id) {
        for (LintMode m : values()) {
            if (m.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
