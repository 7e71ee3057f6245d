package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableWithoutIndexTest {

    @Test
    void should_flag_when_table_has_no_index_at_all() {
        // given
        String sql = """
                CREATE TABLE events (at timestamptz, payload jsonb);
                """;

        // when
        List<Finding> findings = LintTester.schema("table-without-index", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("has no index");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_has_an_index() {
        // given
        String sql = """
                CREATE TABLE events (at timestamptz, payload jsonb);
                CREATE INDEX events_at_idx ON events (at);
                """;

        // when
        List<Finding> findings = LintTester.schema("table-without-index", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
