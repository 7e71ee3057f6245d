package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class WideTableTest {

    @Test
    void should_flag_when_table_has_more_than_50_columns() {
        // given
        String sql = """
                CREATE TABLE wide (id bigint PRIMARY KEY, c1 int, c2 int, c3 int, c4 int, c5 int, c6 int, c7 int, c8 int, c9 int, c10 int, c11 int, c12 int, c13 int, c14 int, c15 int, c16 int, c17 int, c18 int, c19 int, c20 int, c21 int, c22 int, c23 int, c24 int, c25 int, c26 int, c27 int, c28 int, c29 int, c30 int, c31 int, c32 int, c33 int, c34 int, c35 int, c36 int, c37 int, c38 int, c39 int, c40 int, c41 int, c42 int, c43 int, c44 int, c45 int, c46 int, c47 int, c48 int, c49 int, c50 int, c51 int);
                """;

        // when
        List<Finding> findings = LintTester.schema("wide-table", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("52 columns");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_is_narrow() {
        // given
        String sql = """
                CREATE TABLE narrow (id bigint PRIMARY KEY, a int, b int);
                """;

        // when
        List<Finding> findings = LintTester.schema("wide-table", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
