package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaintextPasswordTest {

    @Test
    void should_flag_when_password_column_is_text() {
        // given
        String sql = """
                CREATE TABLE app_user (id bigint PRIMARY KEY, password varchar(64));
                """;

        // when
        List<Finding> findings = LintTester.schema("plaintext-password", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("stored password");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_password_hash_column() {
        // given
        String sql = """
                CREATE TABLE app_user (id bigint PRIMARY KEY, password_hash text, password_changed_at timestamptz);
                """;

        // when
        List<Finding> findings = LintTester.schema("plaintext-password", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
