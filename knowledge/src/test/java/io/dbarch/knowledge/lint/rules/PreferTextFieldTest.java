package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferTextFieldTest {

    @Test
    void should_flag_when_column_is_varchar_with_length() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, name varchar(100));
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-text-field", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("character varying(100)");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_text_or_unbounded_varchar() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, name text, nick varchar);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-text-field", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
