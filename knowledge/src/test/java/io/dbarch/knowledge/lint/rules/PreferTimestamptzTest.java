package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferTimestamptzTest {

    @Test
    void should_flag_when_column_is_timestamp_without_time_zone() {
        // given
        String sql = """
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-timestamptz", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("UTC offset");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_migration_retypes_to_timestamp() {
        // given
        String before = """
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamptz);
                """;
        String sql = """
                ALTER TABLE visit ALTER COLUMN at TYPE timestamp(3);
                """;

        // when
        List<Finding> findings = LintTester.flyway("prefer-timestamptz", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("visit.at");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_timestamptz() {
        // given
        String sql = """
                CREATE TABLE visit (id bigint PRIMARY KEY, at timestamp with time zone);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-timestamptz", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
