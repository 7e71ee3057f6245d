package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanTruncateCascadeTest {

    @Test
    void should_flag_when_truncate_cascade() {
        // given
        String sql = """
                TRUNCATE TABLE customer CASCADE;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-truncate-cascade", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("also truncates every table");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_truncate_named_tables() {
        // given
        String sql = """
                TRUNCATE customer, orders;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-truncate-cascade", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
