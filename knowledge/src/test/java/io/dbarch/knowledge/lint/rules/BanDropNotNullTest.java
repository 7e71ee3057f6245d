package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanDropNotNullTest {

    @Test
    void should_flag_when_not_null_dropped() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL);
                """;
        String sql = """
                ALTER TABLE account ALTER COLUMN email DROP NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-not-null", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("lets NULL");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_not_null_set() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text NOT NULL);
                """;
        String sql = """
                ALTER TABLE account ALTER COLUMN email SET DEFAULT '';
                """;

        // when
        List<Finding> findings = LintTester.flyway("ban-drop-not-null", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
