package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireStatementTimeoutTest {

    @Test
    void should_flag_when_alter_without_statement_timeout() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN nick text;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-statement-timeout", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("statement_timeout");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_statement_timeout_set_first() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                SET statement_timeout = '5min';
                ALTER TABLE account ADD COLUMN nick text;
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-statement-timeout", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
