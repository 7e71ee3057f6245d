package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddingNotNullableFieldTest {

    @Test
    void should_flag_when_set_not_null_on_existing_column() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ALTER COLUMN email SET NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-not-nullable-field", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("scans every row");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_validated_check_proves_not_null() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                ALTER TABLE account ADD CONSTRAINT account_email_nn CHECK (email IS NOT NULL) NOT VALID;
                ALTER TABLE account VALIDATE CONSTRAINT account_email_nn;
                """;
        String sql = """
                ALTER TABLE account ALTER COLUMN email SET NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-not-nullable-field", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
