package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanDropDatabaseTest {

    @Test
    void should_flag_when_drop_database() {
        // given
        String sql = """
                DROP DATABASE shop;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-drop-database", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("deletes a whole database");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_drop_schema_in_postgresql() {
        // given
        String sql = """
                DROP SCHEMA IF EXISTS staging CASCADE;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-drop-database", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
