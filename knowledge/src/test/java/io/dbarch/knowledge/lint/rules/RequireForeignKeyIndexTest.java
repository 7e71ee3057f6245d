package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireForeignKeyIndexTest {

    @Test
    void should_flag_when_foreign_key_column_has_no_index() {
        // given
        String sql = """
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));
                """;

        // when
        List<Finding> findings = LintTester.schema("require-foreign-key-index", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("has no index on customer_id");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_an_index_starts_with_the_foreign_key_columns() {
        // given
        String sql = """
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));
                CREATE INDEX orders_customer_idx ON orders (customer_id, id);
                """;

        // when
        List<Finding> findings = LintTester.schema("require-foreign-key-index", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
