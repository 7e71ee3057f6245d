package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenamingColumnTest {

    @Test
    void should_flag_when_column_renamed() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account RENAME COLUMN email TO email_address;
                """;

        // when
        List<Finding> findings = LintTester.flyway("renaming-column", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("breaks application code");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_added() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN email_address text;
                """;

        // when
        List<Finding> findings = LintTester.flyway("renaming-column", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
