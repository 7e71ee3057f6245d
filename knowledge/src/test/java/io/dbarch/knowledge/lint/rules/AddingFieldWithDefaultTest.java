package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddingFieldWithDefaultTest {

    @Test
    void should_flag_when_volatile_default_on_existing_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN token uuid DEFAULT gen_random_uuid();
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-field-with-default", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("volatile default");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_constant_default_or_new_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN active boolean NOT NULL DEFAULT true;
                CREATE TABLE fresh (id bigint PRIMARY KEY);
                ALTER TABLE fresh ADD COLUMN token uuid DEFAULT gen_random_uuid();
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-field-with-default", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
