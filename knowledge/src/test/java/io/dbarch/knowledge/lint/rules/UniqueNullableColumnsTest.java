package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueNullableColumnsTest {

    @Test
    void should_flag_when_unique_constraint_over_nullable_column() {
        // given
        String sql = """
                CREATE TABLE account (id bigint PRIMARY KEY, org_id bigint, email text, UNIQUE (org_id, email));
                """;

        // when
        List<Finding> findings = LintTester.schema("unique-nullable-columns", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("nullable");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_unique_columns_are_not_null() {
        // given
        String sql = """
                CREATE TABLE account (id bigint PRIMARY KEY, org_id bigint NOT NULL, email text NOT NULL, UNIQUE (org_id, email));
                """;

        // when
        List<Finding> findings = LintTester.schema("unique-nullable-columns", sql);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_flag_when_unique_index_over_nullable_columns_lets_nulls_repeat() {
        // given
        String sql = """
                CREATE TABLE account (id bigint PRIMARY KEY, org_id bigint, email text);
                CREATE UNIQUE INDEX account_org_email_key ON account (org_id, email);
                """;

        // when
        List<Finding> findings = LintTester.schema("unique-nullable-columns", sql);

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("account_org_email_key", "[org_id, email]");
            assertThat(f.help()).contains("NULLS NOT DISTINCT after the index's column list");
        });
    }

    @Test
    void should_accept_when_unique_index_over_nullable_columns_is_nulls_not_distinct() {
        // given
        String sql = """
                CREATE TABLE account (id bigint PRIMARY KEY, org_id bigint, email text);
                CREATE UNIQUE INDEX account_org_email_key ON account (org_id, email) NULLS NOT DISTINCT;
                """;

        // when
        List<Finding> findings = LintTester.schema("unique-nullable-columns", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
