package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlNotNullWithoutDefaultTest {

    @Test
    void should_flag_when_not_null_column_without_default() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN country VARCHAR(2) NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-not-null-without-default", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("implicit default");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_not_null_column_with_default() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account ADD COLUMN country VARCHAR(2) NOT NULL DEFAULT 'US';
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-not-null-without-default", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
