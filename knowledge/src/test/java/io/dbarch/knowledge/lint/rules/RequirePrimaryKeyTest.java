package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirePrimaryKeyTest {

    @Test
    void should_flag_when_table_has_no_primary_key() {
        // given
        String sql = """
                CREATE TABLE audit_log (at timestamptz, message text);
                """;

        // when
        List<Finding> findings = LintTester.schema("require-primary-key", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("has no primary key");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_unique_not_null_index_could_be_promoted() {
        // given
        String sql = """
                CREATE TABLE tag (name text NOT NULL);
                CREATE UNIQUE INDEX tag_name_idx ON tag (name);
                """;

        // when
        List<Finding> findings = LintTester.schema("require-primary-key", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("has no primary key");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_declares_primary_key() {
        // given
        String sql = """
                CREATE TABLE tag (id bigint PRIMARY KEY, name text);
                """;

        // when
        List<Finding> findings = LintTester.schema("require-primary-key", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
