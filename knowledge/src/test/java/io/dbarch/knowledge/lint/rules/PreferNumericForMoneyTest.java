package io.dbarch.knowledge.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreferNumericForMoneyTest {

    @Test
    void should_flag_when_price_is_double_precision() {
        // given
        String sql = """
                CREATE TABLE product (id bigint PRIMARY KEY, unit_price double precision);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-numeric-for-money", sql);

        // then
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("looks like money");
        assertThat(findings.get(0).help()).isNotBlank();
        assertThat(findings.get(0).location().line()).isPositive();
    }

    @Test
    void should_accept_when_price_is_numeric_and_ratio_is_float() {
        // given
        String sql = """
                CREATE TABLE product (id bigint PRIMARY KEY, unit_price numeric(12,2), weight_ratio real);
                """;

        // when
        List<Finding> findings = LintTester.schema("prefer-numeric-for-money", sql);

        // then
        assertThat(findings).isEmpty();
    }
}
