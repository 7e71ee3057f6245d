package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanCreateDomainWithConstraintTest {

    @Test
    void should_flag_when_domain_with_check() {
        // given
        String sql = """
                CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-create-domain-with-constraint", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("carries constraints");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_domain_without_constraint() {
        // given
        String sql = """
                CREATE DOMAIN email AS text;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-create-domain-with-constraint", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
