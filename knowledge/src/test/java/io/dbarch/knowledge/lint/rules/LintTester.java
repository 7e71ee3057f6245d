package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.LintConfig;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.LintUnit;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one rule of the registry over SQL given in a test, in schema or migration mode. */
final class LintTester {

    private LintTester() {
    }

    static LintRule rule(String id) {
        return Rules.all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    /** The rule's findings on {@code sql} read as a PostgreSQL schema. */
    static List<Finding> schema(String id, String sql) {
        return run(id, Dialect.POSTGRESQL, LintMode.SCHEMA, LintConfig.defaults(), List.of(LintUnit.of("schema.sql", sql)));
    }

    static List<Finding> schema(String id, Dialect dialect, String sql) {
        return run(id, dialect, LintMode.SCHEMA, LintConfig.defaults(), List.of(LintUnit.of("schema.sql", sql)));
    }

    static List<Finding> schema(String id, LintConfig config, String sql) {
        return run(id, Dialect.POSTGRESQL, LintMode.SCHEMA, config, List.of(LintUnit.of("schema.sql", sql)));
    }

    /**
     * The rule's findings on {@code current}, a Flyway migration (V2__change.sql, run in a transaction by Flyway)
     * applied after {@code before} (V1__init.sql).
     */
    static List<Finding> flyway(String id, String before, String current) {
        return flyway(id, Dialect.POSTGRESQL, before, current);
    }

    static List<Finding> flyway(String id, Dialect dialect, String before, String current) {
        return only(run(id, dialect, LintMode.MIGRATION, LintConfig.defaults(),
                List.of(LintUnit.of("V1__init.sql", before), LintUnit.of("V2__change.sql", current))), "V2__change.sql");
    }

    /** The rule's findings on one migration file that no runner wraps in a transaction. */
    static List<Finding> plain(String id, String sql) {
        return run(id, Dialect.POSTGRESQL, LintMode.MIGRATION, LintConfig.defaults(),
                List.of(LintUnit.of("0001_change.sql", sql)));
    }

    static List<Finding> run(String id, Dialect dialect, LintMode mode, LintConfig config, List<LintUnit> units) {
        LintRequest request = new LintRequest(units, Optional.of(dialect), mode, config);
        List<Finding> findings = new ArrayList<>(new Linter(List.of(rule(id))).lint(request).findings());
        findings.removeIf(f -> !f.ruleId().equals(id));
        return findings;
    }

    private static List<Finding> only(List<Finding> findings, String file) {
        return findings.stream().filter(f -> f.location().file().equals(file)).toList();
    }
}
