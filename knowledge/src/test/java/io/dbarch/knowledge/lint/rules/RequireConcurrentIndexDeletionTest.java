package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireConcurrentIndexDeletionTest {

    @Test
    void should_flag_when_drop_index_without_concurrently() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE INDEX account_email_idx ON account (email);
                """;
        String sql = """
                DROP INDEX account_email_idx;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-index-deletion", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ACCESS EXCLUSIVE");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_drop_index_concurrently() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE INDEX account_email_idx ON account (email);
                """;
        String sql = """
                DROP INDEX CONCURRENTLY IF EXISTS account_email_idx;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-concurrent-index-deletion", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
