package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanDropColumnTest {

    @Test
    void should_flag_when_column_dropped() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account DROP COLUMN email;
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-column", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("breaks every client");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_of_new_table_dropped() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE TABLE tmp (id bigint PRIMARY KEY, x int);
                ALTER TABLE tmp DROP COLUMN x;
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-column", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
