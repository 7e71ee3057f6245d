package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangingColumnTypeTest {

    @Test
    void should_flag_when_integer_to_bigint_rewrites() {
        // given
        String before = """
                CREATE TABLE item (id integer PRIMARY KEY, name varchar(20));
                """;
        String sql = """
                ALTER TABLE item ALTER COLUMN id TYPE bigint;
                """;

        // when
        List<Finding> findings = LintTester.flyway("changing-column-type", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("rewrites");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_varchar_widened_or_to_text() {
        // given
        String before = """
                CREATE TABLE item (id integer PRIMARY KEY, name varchar(20), code varchar(5));
                """;
        String sql = """
                ALTER TABLE item ALTER COLUMN name TYPE varchar(200);
                ALTER TABLE item ALTER COLUMN code TYPE text;
                """;

        // when
        List<Finding> findings = LintTester.flyway("changing-column-type", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
