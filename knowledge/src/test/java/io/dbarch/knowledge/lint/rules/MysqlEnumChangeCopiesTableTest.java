package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlEnumChangeCopiesTableTest {

    @Test
    void should_flag_when_enum_member_inserted_in_the_middle() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account MODIFY COLUMN status ENUM('new','pending','active') NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-enum-change-copies-table", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ALGORITHM=COPY");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_enum_member_appended() {
        // given
        String before = """
                CREATE TABLE account (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, status ENUM('new','active') NOT NULL, name VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;
        String sql = """
                ALTER TABLE account MODIFY COLUMN status ENUM('new','active','closed') NOT NULL;
                """;

        // when
        List<Finding> findings = LintTester.flyway("mysql-enum-change-copies-table", Dialect.MYSQL, before, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
