package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenamingTableTest {

    @Test
    void should_flag_when_table_renamed() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account RENAME TO accounts;
                """;

        // when
        List<Finding> findings = LintTester.flyway("renaming-table", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("breaks every query");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_created_here_renamed() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE TABLE tmp_import (id bigint PRIMARY KEY);
                ALTER TABLE tmp_import RENAME TO import;
                """;

        // when
        List<Finding> findings = LintTester.flyway("renaming-table", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
