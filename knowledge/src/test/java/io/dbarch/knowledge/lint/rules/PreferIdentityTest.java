package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferIdentityTest {

    @Test
    void should_flag_when_column_is_serial() {
        // given
        String sql = """
                CREATE TABLE item (id serial PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-identity", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("is a serial");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_identity() {
        // given
        String sql = """
                CREATE TABLE item (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-identity", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
