package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedColumnGroupTest {

    @Test
    void should_flag_when_numbered_phone_columns() {
        // given
        String sql = """
                CREATE TABLE contact (id bigint PRIMARY KEY, phone1 text, phone2 text, phone3 text);
                """;

        // when
        List<Finding> findings = LintTester.schema("repeated-column-group", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("numbered columns");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_single_numbered_column() {
        // given
        String sql = """
                CREATE TABLE contact (id bigint PRIMARY KEY, phone text, ipv4 inet, sha256 text);
                """;

        // when
        List<Finding> findings = LintTester.schema("repeated-column-group", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
