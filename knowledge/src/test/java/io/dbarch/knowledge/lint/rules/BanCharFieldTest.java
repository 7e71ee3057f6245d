package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanCharFieldTest {

    @Test
    void should_flag_when_column_is_char() {
        // given
        String sql = """
                CREATE TABLE country (id bigint PRIMARY KEY, code char(2));
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-char-field", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("blank-padded");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_text() {
        // given
        String sql = """
                CREATE TABLE country (id bigint PRIMARY KEY, code text, name varchar(20));
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-char-field", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
