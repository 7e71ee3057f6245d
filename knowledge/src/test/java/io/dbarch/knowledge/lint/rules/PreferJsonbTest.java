package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferJsonbTest {

    @Test
    void should_flag_when_column_is_json() {
        // given
        String sql = """
                CREATE TABLE doc (id bigint PRIMARY KEY, body json);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-jsonb", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("is json");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_jsonb() {
        // given
        String sql = """
                CREATE TABLE doc (id bigint PRIMARY KEY, body jsonb);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-jsonb", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
