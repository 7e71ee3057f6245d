package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionNestingTest {

    @Test
    void should_flag_when_begin_inside_flyway_transaction() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                BEGIN;
                ALTER TABLE account ADD COLUMN nick text;
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.flyway("transaction-nesting", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("migration runner opened");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_commit_without_begin() {
        // given
        String sql = """
                CREATE TABLE IF NOT EXISTS note (id bigint PRIMARY KEY);
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.plain("transaction-nesting", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("no transaction to end");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_begin_commit_without_runner() {
        // given
        String sql = """
                BEGIN;
                CREATE TABLE note (id bigint PRIMARY KEY);
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.plain("transaction-nesting", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
