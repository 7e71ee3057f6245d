package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanConcurrentIndexCreationInTransactionTest {

    @Test
    void should_flag_when_concurrently_inside_begin_commit() {
        // given
        String sql = """
                BEGIN;
                CREATE INDEX CONCURRENTLY account_email_idx ON account (email);
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-concurrent-index-creation-in-transaction", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("cannot run inside a transaction");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_flyway_script_mixes_concurrently_with_other_statements() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN nick text;
                CREATE INDEX CONCURRENTLY account_nick_idx ON account (nick);
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-concurrent-index-creation-in-transaction", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("runner");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_flyway_script_with_only_the_concurrent_statement() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE INDEX CONCURRENTLY account_email_idx ON account (email);
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-concurrent-index-creation-in-transaction", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
