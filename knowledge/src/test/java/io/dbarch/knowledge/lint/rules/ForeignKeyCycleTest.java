package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyCycleTest {

    @Test
    void should_flag_when_two_tables_reference_each_other() {
        // given
        String sql = """
                CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint);
                CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);
                ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b;
                """;

        // when
        List<Finding> findings = LintTester.schema("foreign-key-cycle", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("cycle");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_self_reference_is_a_hierarchy() {
        // given
        String sql = """
                CREATE TABLE category (id bigint PRIMARY KEY, parent_id bigint REFERENCES category);
                """;

        // when
        List<Finding> findings = LintTester.schema("foreign-key-cycle", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
