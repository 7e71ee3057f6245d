package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveDataUnprotectedTest {

    @Test
    void should_flag_when_ssn_in_plain_text() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, ssn text, date_of_birth date);
                """;

        // when
        List<Finding> findings = LintTester.schema("sensitive-data-unprotected", sql);

        // then
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).contains("sensitive data");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_marked_or_encrypted() {
        // given
        String sql = """
                CREATE TABLE person (id bigint PRIMARY KEY, ssn bytea, date_of_birth date);
                COMMENT ON COLUMN person.date_of_birth IS 'pii: encrypted at rest';
                """;

        // when
        List<Finding> findings = LintTester.schema("sensitive-data-unprotected", sql);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_flag_a_reset_token_but_accept_a_column_named_as_encrypted_and_a_flag_about_a_token() {
        // given
        String sql = """
                CREATE TABLE users (id bigint PRIMARY KEY, encrypted_password varchar(255) NOT NULL,
                                    reset_password_token varchar(255), disable_feed_token boolean NOT NULL);
                """;

        // when
        List<Finding> findings = LintTester.schema("sensitive-data-unprotected", sql);

        // then
        assertThat(findings).extracting(f -> f.location().object()).containsExactly("public.users.reset_password_token");
    }
}
