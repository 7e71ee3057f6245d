package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintMissingNotValidTest {

    @Test
    void should_flag_when_check_added_without_not_valid() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0);
                """;

        // when
        List<Finding> findings = LintTester.flyway("constraint-missing-not-valid", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("scans the whole table");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_validate_in_same_transaction() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;
                ALTER TABLE account VALIDATE CONSTRAINT positive;
                """;

        // when
        List<Finding> findings = LintTester.flyway("constraint-missing-not-valid", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("same transaction");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_check_added_not_valid() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;
                """;

        // when
        List<Finding> findings = LintTester.flyway("constraint-missing-not-valid", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
