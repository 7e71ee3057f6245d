package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferBigintOverSmallintTest {

    @Test
    void should_flag_when_primary_key_is_smallint() {
        // given
        String sql = """
                CREATE TABLE status (id smallint PRIMARY KEY, label text);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-smallint", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("32,767");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_smallint_is_not_a_key() {
        // given
        String sql = """
                CREATE TABLE status (id bigint PRIMARY KEY, rank smallint);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-smallint", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
