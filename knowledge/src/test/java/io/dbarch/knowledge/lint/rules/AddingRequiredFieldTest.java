package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddingRequiredFieldTest {

    @Test
    void should_flag_when_not_null_without_default_on_existing_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN country text NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-required-field", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("without a default");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_same_column_on_table_created_in_this_migration() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                CREATE TABLE fresh (id bigint PRIMARY KEY);
                ALTER TABLE fresh ADD COLUMN country text NOT NULL;
                ALTER TABLE account ADD COLUMN tier text NOT NULL DEFAULT 'free';
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-required-field", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
