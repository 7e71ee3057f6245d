package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanUncommittedTransactionTest {

    @Test
    void should_flag_when_begin_without_commit() {
        // given
        String sql = """
                BEGIN;
                CREATE TABLE IF NOT EXISTS note (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-uncommitted-transaction", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("never committed");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_begin_and_commit() {
        // given
        String sql = """
                BEGIN;
                CREATE TABLE note (id bigint PRIMARY KEY);
                COMMIT;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-uncommitted-transaction", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
