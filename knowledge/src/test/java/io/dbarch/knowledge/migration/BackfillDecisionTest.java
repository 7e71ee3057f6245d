package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new NOT NULL column without a default waits for a backfill value, with an example its checks allow. */
class BackfillDecisionTest {

    private static final String FROM = """
            CREATE TYPE plan_kind AS ENUM ('free', 'team', 'enterprise');
            CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);
            """;

    @Test
    void should_suggest_a_value_the_check_allows_when_the_new_column_has_a_check() {
        // given
        String to = FROM.replace("email text NOT NULL", "email text NOT NULL,"
                + " tier text NOT NULL CHECK (tier IN ('gold', 'silver'))");

        // when
        MigrationPlan plan = Schemas.safe(FROM, to);

        // then
        assertThat(plan.ready()).isFalse();
        assertThat(plan.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Decision.Kind.BACKFILL_VALUE);
            assertThat(d.resolution()).contains("e.g. --backfill accounts.tier='gold' (a value the column's check"
                    + " allows)");
        });
    }

    @Test
    void should_suggest_the_first_label_when_the_new_column_is_an_enum() {
        // given
        String to = FROM.replace("email text NOT NULL", "email text NOT NULL, kind plan_kind NOT NULL");

        // when
        MigrationPlan plan = Schemas.safe(FROM, to);

        // then
        assertThat(plan.decisions()).singleElement().satisfies(d ->
                assertThat(d.resolution()).contains("e.g. --backfill accounts.kind='free' (a value the column's type"
                        + " allows)"));
    }

    @Test
    void should_offer_no_example_when_nothing_constrains_the_value() {
        // given
        String to = FROM.replace("email text NOT NULL", "email text NOT NULL, country char(2) NOT NULL");

        // when
        MigrationPlan plan = Schemas.safe(FROM, to);

        // then
        assertThat(plan.decisions()).singleElement().satisfies(d -> {
            assertThat(d.resolution()).startsWith("Give one with --backfill accounts.country=<SQL expression>");
            assertThat(d.resolution()).doesNotContain("e.g.");
        });
    }

    @Test
    void should_be_ready_and_lint_clean_when_the_suggested_value_is_given() {
        // given
        String to = FROM.replace("email text NOT NULL", "email text NOT NULL,"
                + " tier text NOT NULL CHECK (tier IN ('gold', 'silver'))");
        PlanOptions options = PlanOptions.defaults().withBackfills(Map.of("accounts.tier", "'gold'"));

        // when
        MigrationPlan plan = Schemas.plan(FROM, to, options);

        // then
        assertThat(plan.ready()).isTrue();
        assertThat(new PlanLint().findings(plan)).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
