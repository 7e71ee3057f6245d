package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowedUniqueConstraintTest {

    @Test
    void should_flag_when_unique_added_to_existing_table() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE (email);
                """;

        // when
        List<Finding> findings = LintTester.flyway("disallowed-unique-constraint", before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ACCESS EXCLUSIVE");
        assertThat(findings.get(0).help()).contains("(email); ALTER TABLE");
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_suggest_a_nulls_not_distinct_index_when_the_unique_constraint_declares_it() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE NULLS NOT DISTINCT (email);
                """;

        // when
        List<Finding> findings = LintTester.flyway("disallowed-unique-constraint", before, sql);

        // then: the index the constraint is attached to must keep its meaning
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.help())
                .contains("CREATE UNIQUE INDEX CONCURRENTLY account_email_key_idx ON ")
                .contains(" (email) NULLS NOT DISTINCT; ALTER TABLE "));
    }

    @Test
    void should_accept_when_unique_added_using_index() {
        // given
        String before = """
                CREATE TABLE account (id bigint PRIMARY KEY, email text, balance numeric);
                CREATE TABLE customer (id bigint PRIMARY KEY);
                """;
        String sql = """
                ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE USING INDEX account_email_idx;
                """;

        // when
        List<Finding> findings = LintTester.flyway("disallowed-unique-constraint", before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
