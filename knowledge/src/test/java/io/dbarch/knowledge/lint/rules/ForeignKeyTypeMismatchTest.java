package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyTypeMismatchTest {

    @Test
    void should_flag_when_integer_column_references_bigint_key() {
        // given
        String sql = """
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer REFERENCES customer);
                """;

        // when
        List<Finding> findings = LintTester.schema("foreign-key-type-mismatch", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("is integer but references");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_types_match() {
        // given
        String sql = """
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer);
                """;

        // when
        List<Finding> findings = LintTester.schema("foreign-key-type-mismatch", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
