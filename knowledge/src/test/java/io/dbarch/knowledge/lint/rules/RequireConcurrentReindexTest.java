package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireConcurrentReindexTest {

    @Test
    void should_flag_when_reindex_without_concurrently() {
        // given
        String sql = """
                REINDEX INDEX account_email_idx;
                """;

        // when
        List<Finding> findings = LintTester.plain("require-concurrent-reindex", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("locks out writes");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_reindex_concurrently() {
        // given
        String sql = """
                REINDEX INDEX CONCURRENTLY account_email_idx;
                REINDEX SYSTEM shop;
                """;

        // when
        List<Finding> findings = LintTester.plain("require-concurrent-reindex", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
