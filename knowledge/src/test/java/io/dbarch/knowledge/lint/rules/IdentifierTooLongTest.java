package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifierTooLongTest {

    @Test
    void should_flag_when_table_name_over_63_bytes() {
        // given
        String sql = """
                CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("identifier-too-long", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("70 bytes");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_names_fit() {
        // given
        String sql = """
                CREATE TABLE aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa (id bigint PRIMARY KEY);
                """;

        // when
        List<Finding> findings = LintTester.schema("identifier-too-long", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
