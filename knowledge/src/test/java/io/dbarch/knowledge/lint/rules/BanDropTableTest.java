package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanDropTableTest {

    @Test
    void should_flag_when_existing_table_dropped() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                DROP TABLE account;
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-table", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("destroys its data");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_created_in_same_migration_dropped() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE TABLE tmp (id bigint PRIMARY KEY);
                DROP TABLE tmp;
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-table", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
