package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferRobustStmtsTest {

    @Test
    void should_flag_when_create_table_without_guard_outside_transaction() {
        // given
        String sql = """
                CREATE TABLE note (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.plain("prefer-robust-stmts", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("IF NOT EXISTS");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_guarded_or_in_transaction() {
        // given
        String sql = """
                CREATE TABLE IF NOT EXISTS note (id bigint PRIMARY KEY);
                BEGIN;
                ALTER TABLE note ADD COLUMN body text;
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.plain("prefer-robust-stmts", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
