package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddingForeignKeyConstraintTest {

    @Test
    void should_flag_when_foreign_key_added_to_existing_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN customer_id bigint;
                ALTER TABLE account ADD CONSTRAINT account_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id);
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-foreign-key-constraint", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("SHARE ROW EXCLUSIVE");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_not_valid_or_new_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT account_customer_fk FOREIGN KEY (id) REFERENCES customer (id) NOT VALID;
                CREATE TABLE note (id bigint PRIMARY KEY, customer_id bigint);
                ALTER TABLE note ADD CONSTRAINT note_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id);
                """;

        // when
        List<Finding> findings = LintTester.flyway("adding-foreign-key-constraint", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
