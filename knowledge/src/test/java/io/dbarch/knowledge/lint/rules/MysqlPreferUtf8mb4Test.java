package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlPreferUtf8mb4Test {

    @Test
    void should_flag_when_table_charset_utf8() {
        // given
        String sql = """
                CREATE TABLE note (id bigint NOT NULL PRIMARY KEY, body text) ENGINE=InnoDB DEFAULT CHARSET=utf8;
                """;

        // when
        List<Finding> findings = LintTester.schema("mysql-prefer-utf8mb4", Dialect.MYSQL, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("3-byte");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_table_charset_utf8mb4() {
        // given
        String sql = """
                CREATE TABLE note (id bigint NOT NULL PRIMARY KEY, body text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                """;

        // when
        List<Finding> findings = LintTester.schema("mysql-prefer-utf8mb4", Dialect.MYSQL, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
