package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.lint.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The linter's migration-safety rules on the generated scripts: safe mode leaves no error-level finding. */
class PlanLintTest {

    private static final String FROM = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(100) NOT NULL, full_name text, age integer);
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total integer, note text);
            """;
    private static final String TO = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(200) NOT NULL UNIQUE, full_name text NOT NULL,
                                   age bigint, country char(2) NOT NULL, tier text NOT NULL DEFAULT 'free');
            CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id), total integer,
                                 placed_at timestamptz CHECK (placed_at > '2020-01-01'));
            CREATE INDEX orders_account_idx ON orders (account_id);
            """;

    private final PlanLint lint = new PlanLint();

    private static PlanOptions options() {
        return PlanOptions.defaults().withBackfills(Map.of("accounts.country", "'SE'"))
                .withAcceptDropAndAdd(true);
    }

    @Test
    void should_report_no_error_level_migration_finding_when_the_plan_is_safe() {
        // given
        MigrationPlan plan = Schemas.plan(FROM, TO, options());

        // when
        List<Finding> findings = lint.findings(plan);

        // then
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::asLine).isEmpty();
    }

    @Test
    void should_flag_blocking_ddl_when_the_plan_is_simple() {
        // given
        MigrationPlan plan = Schemas.plan(FROM, TO, options().withMode(Mode.SIMPLE));

        // when
        List<Finding> findings = lint.findings(plan);

        // then
        assertThat(findings).extracting(Finding::ruleId)
                .contains("require-concurrent-index-creation", "adding-foreign-key-constraint");
    }
}
