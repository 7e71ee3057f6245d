package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.sql.SourceText;
import java.util.Optional;

/**
 * One input file.
 *
 * @param executeInTransaction what a Flyway {@code .sql.conf} beside the file says about
 *                             {@code executeInTransaction}; empty when there is no such setting
 */
public record LintUnit(SourceText source, Optional<Boolean> executeInTransaction) {

    public LintUnit {
        requireNonNull(source, "source");
        requireNonNull(executeInTransaction, "executeInTransaction");
    }

    public static LintUnit of(String name, String sql) {
        return new LintUnit(SourceText.of(name, sql), Optional.empty());
    }

    /** True for Flyway's versioned ({@code V1_2__name.sql}) and repeatable ({@code R__name.sql}) scripts. */
    public boolean flyway() {
        return FlywayNames.isFlyway(source.name());
    }
}
