package io.dbarch.knowledge.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionsTest {

    @Test
    void should_compare_equal_when_postgres_prints_an_in_list_as_any_array() {
        // given
        String written = "status IN ('new','active')";
        String printed = "(status = ANY (ARRAY['new'::text, 'active'::text]))";

        // when
        boolean same = Expressions.same(written, printed);

        // then
        assertThat(same).as(Expressions.normalize(written) + " vs " + Expressions.normalize(printed)).isTrue();
    }

    @Test
    void should_compare_different_when_the_literals_differ() {
        // given
        String written = "status IN ('new','active')";
        String printed = "(status = ANY (ARRAY['new'::text, 'closed'::text]))";

        // when
        boolean same = Expressions.same(written, printed);

        // then
        assertThat(same).isFalse();
    }

    @Test
    void should_compare_equal_when_a_view_is_printed_by_pg_get_viewdef() {
        // given
        String written = "SELECT id, total FROM orders WHERE total > 100";
        String printed = " SELECT id,\n    total\n   FROM orders\n  WHERE (total > 100)";

        // when
        boolean same = Expressions.same(written, printed);

        // then
        assertThat(same).as(Expressions.normalize(written) + " vs " + Expressions.normalize(printed)).isTrue();
    }

    @Test
    void should_find_identifiers_only_outside_literals() {
        // given
        String expression = "lower(email) <> 'total'";

        // when / then
        assertThat(Identifiers.mentions(expression, "email")).isTrue();
        assertThat(Identifiers.mentions(expression, "total")).isFalse();
    }

    @Test
    void should_replace_whole_identifiers_but_not_literals_or_longer_names() {
        // given
        String expression = "full_name <> 'full_name' AND full_name_x IS NULL";

        // when
        String replaced = Identifiers.replaceIdentifier(expression, "full_name", "display_name");

        // then
        assertThat(replaced).isEqualTo("display_name <> 'full_name' AND full_name_x IS NULL");
    }
}
