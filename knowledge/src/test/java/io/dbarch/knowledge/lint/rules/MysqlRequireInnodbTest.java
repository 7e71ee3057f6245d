package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlRequireInnodbTest {

    @Test
    void should_flag_when_myisam_table() {
        // given
        String sql = """
                CREATE TABLE hits (id bigint NOT NULL PRIMARY KEY) ENGINE=MyISAM;
                """;

        // when
        List<Finding> findings = LintTester.schema("mysql-require-innodb", Dialect.MYSQL, sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("ENGINE=MyISAM");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_innodb_table() {
        // given
        String sql = """
                CREATE TABLE hits (id bigint NOT NULL PRIMARY KEY) ENGINE=InnoDB;
                """;

        // when
        List<Finding> findings = LintTester.schema("mysql-require-innodb", Dialect.MYSQL, sql);

        // then
        assertThat(findings).isEmpty();
    }
}
