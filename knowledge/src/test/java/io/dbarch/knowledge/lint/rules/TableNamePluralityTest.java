package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableNamePluralityTest {

    @Test
    void should_flag_when_one_singular_among_plurals() {
        // given
        String sql = """
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY);
                CREATE TABLE products (id bigint PRIMARY KEY);
                CREATE TABLE invoice (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("table-name-plurality", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("invoice");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_all_plural() {
        // given
        String sql = """
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY);
                CREATE TABLE addresses (id bigint PRIMARY KEY);
                CREATE TABLE status (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("table-name-plurality", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
