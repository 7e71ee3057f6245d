package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanAlterDomainWithAddConstraintTest {

    @Test
    void should_flag_when_alter_domain_add_constraint() {
        // given
        String sql = """
                ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0);
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-alter-domain-with-add-constraint", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("every column");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_alter_domain_set_default() {
        // given
        String sql = """
                ALTER DOMAIN positive_int SET DEFAULT 1;
                """;

        // when
        List<Finding> findings = LintTester.plain("ban-alter-domain-with-add-constraint", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
