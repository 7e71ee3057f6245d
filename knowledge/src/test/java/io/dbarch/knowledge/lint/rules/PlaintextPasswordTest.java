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

    @Test
    void should_accept_when_the_name_says_the_password_is_encrypted_or_a_reset_token() {
        // given: Devise's bcrypt column and its reset token (a secret, reported by sensitive-data-unprotected)
        String sql = """
                CREATE TABLE users (id bigint PRIMARY KEY, encrypted_password varchar(255) NOT NULL,
                                    reset_password_token varchar(255), hashed_password text);
                """;

        // when
        List<Finding> findings = LintTester.schema("plaintext-password", sql);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_flag_a_password_column_whose_name_only_mentions_encryption_after_it() {
        // given: "password_for_encryption" is still the password itself
        String sql = """
                CREATE TABLE vault (id bigint PRIMARY KEY, password_for_encryption text);
                """;

        // when
        List<Finding> findings = LintTester.schema("plaintext-password", sql);

        // then
        assertThat(findings).hasSize(1);
    }
}
