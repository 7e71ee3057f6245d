package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireConcurrentIndexCreationTest {

    @Test
    void should_flag_when_index_on_existing_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE INDEX account_email_idx ON account (email);
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-index-creation", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("without CONCURRENTLY");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_concurrent_or_on_new_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE TABLE note (id bigint PRIMARY KEY, body text);
                CREATE INDEX note_body_idx ON note (body);
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-index-creation", before, sql);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_accept_an_index_on_a_materialized_view_created_in_the_same_migration() {
        // given
        String before = "CREATE TABLE account (id bigint PRIMARY KEY, balance numeric);\n";
        String sql = """
                CREATE MATERIALIZED VIEW account_totals AS SELECT id, sum(balance) AS total FROM account GROUP BY id;
                CREATE UNIQUE INDEX account_totals_id ON account_totals (id);
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-index-creation", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
