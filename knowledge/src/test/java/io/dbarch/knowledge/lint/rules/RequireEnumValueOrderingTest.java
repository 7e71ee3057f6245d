package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireEnumValueOrderingTest {

    @Test
    void should_flag_when_add_value_without_position() {
        // given
        String before = """
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                """;
        String sql = """
                ALTER TYPE mood ADD VALUE 'ok';
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-enum-value-ordering", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("puts it last");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_add_value_with_position() {
        // given
        String before = """
                CREATE TYPE mood AS ENUM ('sad', 'happy');
                """;
        String sql = """
                ALTER TYPE mood ADD VALUE 'ok' AFTER 'sad';
                """;

        // when
        List<Finding> findings = LintTester.flyway("require-enum-value-ordering", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
