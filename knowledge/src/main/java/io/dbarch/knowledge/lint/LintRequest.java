package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * What to lint: files in apply order, the dialect (detected from the first file when empty), the mode and the
 * configuration. {@link LintInputs} builds one from paths (Flyway ordering, {@code .sql.conf}).
 */
public record LintRequest(List<LintUnit> units, Optional<Dialect> dialect, LintMode mode, LintConfig config) {

    public LintRequest {
        units = List.copyOf(units);
        requireNonNull(dialect, "dialect");
        requireNonNull(mode, "mode");
        requireNonNull(config, "config");
    }

    /** One text, mode detected, default configuration. */
    public static LintRequest of(String name, String sql) {
        return new LintRequest(List.of(LintUnit.of(name, sql)), Optional.empty(), LintMode.AUTO,
                LintConfig.defaults());
    }

    public LintRequest withMode(LintMode newMode) {
        return new LintRequest(units, dialect, newMode, config);
    }

    public LintRequest withConfig(LintConfig newConfig) {
        return new LintRequest(units, dialect, mode, newConfig);
    }

    public LintRequest withDialect(Dialect newDialect) {
        return new LintRequest(units, Optional.of(newDialect), mode, config);
    }

    /** AUTO becomes MIGRATION when any file is a Flyway script, SCHEMA otherwise. */
    public LintMode resolvedMode() {
        if (mode != LintMode.AUTO) {
            return mode;
        }
        return units.stream().anyMatch(LintUnit::flyway) ? LintMode.MIGRATION : LintMode.SCHEMA;
    }
}
