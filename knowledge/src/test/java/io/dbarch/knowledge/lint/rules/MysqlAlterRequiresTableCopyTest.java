package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlAlterRequiresTableCopyTest {

    @Test
    void should_flag_when_column_type_changed() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account MODIFY COLUMN name INT;
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-alter-requires-table-copy", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("copies the whole table");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_varchar_widened_in_place() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account MODIFY COLUMN name VARCHAR(60);
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-alter-requires-table-copy", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
