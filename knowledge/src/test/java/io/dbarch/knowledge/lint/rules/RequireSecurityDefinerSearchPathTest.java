package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireSecurityDefinerSearchPathTest {

    @Test
    void should_flag_when_security_definer_without_search_path() {
        // given
        String sql = """
                CREATE FUNCTION whoami() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ SELECT current_user $$;
                """;

        // when
        List<Finding> findings = LintTester.schema("require-security-definer-search-path", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("search_path");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_security_definer_with_search_path() {
        // given
        String sql = """
                CREATE FUNCTION whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT current_user $$;
                """;

        // when
        List<Finding> findings = LintTester.schema("require-security-definer-search-path", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
