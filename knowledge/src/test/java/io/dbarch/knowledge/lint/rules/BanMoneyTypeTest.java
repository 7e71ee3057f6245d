package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanMoneyTypeTest {

    @Test
    void should_flag_when_column_is_money() {
        // given
        String sql = """
                CREATE TABLE invoice (id bigint PRIMARY KEY, total money);
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-money-type", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("lc_monetary");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_column_is_numeric() {
        // given
        String sql = """
                CREATE TABLE invoice (id bigint PRIMARY KEY, total numeric(19,4));
                """;

        // when
        List<Finding> findings = LintTester.schema("ban-money-type", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
