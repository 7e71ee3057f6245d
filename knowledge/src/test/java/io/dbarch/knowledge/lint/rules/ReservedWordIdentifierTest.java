package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedWordIdentifierTest {

    @Test
    void should_flag_when_table_named_user() {
        // given
        String sql = """
                CREATE TABLE "user" (id bigint PRIMARY KEY, "order" int);
                """;

        // when
        List<Finding> findings = LintTester.schema("reserved-word-identifier", sql);

        // then
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).contains("reserved word");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_plain_names() {
        // given
        String sql = """
                CREATE TABLE app_user (id bigint PRIMARY KEY, name text);
                """;

        // when
        List<Finding> findings = LintTester.schema("reserved-word-identifier", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
