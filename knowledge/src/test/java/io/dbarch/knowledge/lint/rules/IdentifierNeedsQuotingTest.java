package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierNeedsQuotingTest {

    @Test
    void should_flag_when_mixed_case_table_name() {
        // given
        String sql = """
                CREATE TABLE "OrderLine" (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("identifier-needs-quoting", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("upper-case");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_lower_case_names() {
        // given
        String sql = """
                CREATE TABLE order_line (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("identifier-needs-quoting", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
