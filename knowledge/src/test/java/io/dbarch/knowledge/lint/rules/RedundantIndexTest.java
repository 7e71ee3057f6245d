package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundantIndexTest {

    @Test
    void should_flag_when_index_is_prefix_of_another() {
        // given
        String sql = """
                CREATE TABLE t (id bigint PRIMARY KEY, a int, b int);
                CREATE INDEX t_a_idx ON t (a);
                CREATE INDEX t_a_b_idx ON t (a, b);
                """;

        // when
        List<Finding> findings = LintTester.schema("redundant-index", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("leading prefix");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_index_duplicates_primary_key() {
        // given
        String sql = """
                CREATE TABLE t (id bigint PRIMARY KEY, a int);
                CREATE INDEX t_id_idx ON t (id);
                """;

        // when
        List<Finding> findings = LintTester.schema("redundant-index", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("duplicate");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_indexes_differ() {
        // given
        String sql = """
                CREATE TABLE t (id bigint PRIMARY KEY, a int, b int);
                CREATE INDEX t_a_idx ON t (a);
                CREATE INDEX t_b_a_idx ON t (b, a);
                """;

        // when
        List<Finding> findings = LintTester.schema("redundant-index", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
