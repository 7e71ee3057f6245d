package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanGrantAllOrPublicTest {

    @Test
    void should_flag_when_grant_all_to_public() {
        // given
        String sql = """
                CREATE TABLE t (id bigint PRIMARY KEY);
                GRANT ALL ON TABLE t TO PUBLIC;
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-grant-all-or-public", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("PUBLIC");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_specific_grant_to_role() {
        // given
        String sql = """
                CREATE TABLE t (id bigint PRIMARY KEY);
                GRANT SELECT, INSERT ON TABLE t TO app_rw;
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-grant-all-or-public", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
