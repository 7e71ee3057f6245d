package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingConventionRuleTest {

    @Test
    void should_flag_when_column_is_camel_case_in_snake_schema() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, "firstName" text);
                """;

        // when
        List<Finding> findings = LintTester.schema("naming-convention", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("not snake_case");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_names_are_snake_case() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, first_name text);
                """;

        // when
        List<Finding> findings = LintTester.schema("naming-convention", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
