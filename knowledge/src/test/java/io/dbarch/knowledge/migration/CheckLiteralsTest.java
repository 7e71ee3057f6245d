package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Table;
import org.junit.jupiter.api.Test;

class CheckLiteralsTest {

    private static Table table(String check) {
        return Schemas.postgres("CREATE TABLE t (a int, s text, CHECK (" + check + "));").tables().get(0);
    }

    @Test
    void should_offer_the_string_literals_of_an_in_list() {
        Table t = table("s IN ('new', 'done')");
        assertThat(CheckLiterals.of(t, t.column("s").orElseThrow(), 1)).containsExactly("'new'", "'done'");
    }

    @Test
    void should_offer_the_numbers_a_column_may_equal() {
        Table t = table("(a = 1) OR (a = 2)");
        assertThat(CheckLiterals.of(t, t.column("a").orElseThrow(), 1)).containsExactly("1", "2");
    }

    @Test
    void should_offer_a_number_above_a_lower_bound() {
        Table t = table("a > 10");
        assertThat(CheckLiterals.of(t, t.column("a").orElseThrow(), 2)).containsExactly("12");
    }

    @Test
    void should_offer_nothing_for_a_check_on_other_columns() {
        Table t = table("a > 10");
        assertThat(CheckLiterals.of(t, t.column("s").orElseThrow(), 1)).isEmpty();
    }
}
