package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferBigintOverIntTest {

    @Test
    void should_flag_when_primary_key_is_integer() {
        // given
        String sql = """
                CREATE TABLE item (id integer PRIMARY KEY, qty integer);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-int", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("2,147,483,647");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_flag_when_foreign_key_column_is_int() {
        // given
        String sql = """
                CREATE TABLE item (id bigint PRIMARY KEY);
                CREATE TABLE line (id bigint PRIMARY KEY, item_id int REFERENCES item);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-int", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("line.item_id");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_keys_are_bigint_and_counts_may_be_int() {
        // given
        String sql = """
                CREATE TABLE item (id bigint PRIMARY KEY, qty integer);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-int", sql);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void should_give_a_mysql_fix_that_keeps_the_columns_attributes_when_the_schema_is_mysql() {
        // given
        String sql = """
                CREATE TABLE actor (actor_id INT UNSIGNED NOT NULL AUTO_INCREMENT, name VARCHAR(45),
                  PRIMARY KEY (actor_id)) ENGINE=InnoDB;
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-int", Dialect.MYSQL, sql);

        // then
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.help())
                .contains("ALTER TABLE actor MODIFY COLUMN actor_id bigint UNSIGNED NOT NULL AUTO_INCREMENT;")
                .doesNotContain("ALTER COLUMN"));
    }

    @Test
    void should_give_the_postgresql_fix_when_the_schema_is_postgresql() {
        // when
        List<Finding> findings = LintTester.schema("prefer-bigint-over-int",
                "CREATE TABLE item (id integer PRIMARY KEY);");

        // then
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.help())
                .contains("ALTER TABLE public.item ALTER COLUMN id TYPE bigint;").doesNotContain("MODIFY"));
    }
}
