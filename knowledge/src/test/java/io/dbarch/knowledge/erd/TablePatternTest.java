package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.QualifiedName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TablePatternTest {

    private static final QualifiedName ORDERS = QualifiedName.of("sales", "Order_Lines");

    @Test
    void should_match_when_glob_fits_name_in_any_case() {
        // when / then
        assertThat(new TablePattern("order_*").matches(ORDERS)).isTrue();
        assertThat(new TablePattern("ORDER?LINES").matches(ORDERS)).isTrue();
        assertThat(new TablePattern("sales.*").matches(ORDERS)).isTrue();
        assertThat(new TablePattern("*").matches(ORDERS)).isTrue();
    }

    @Test
    void should_not_match_when_name_or_schema_differs() {
        // when / then
        assertThat(new TablePattern("order").matches(ORDERS)).isFalse();
        assertThat(new TablePattern("public.*").matches(ORDERS)).isFalse();
        assertThat(new TablePattern("*_line").matches(ORDERS)).isFalse();
        assertThat(new TablePattern("[a-z]*").matches(ORDERS)).isFalse();
    }

    @Test
    void should_match_quickly_when_pattern_has_many_stars() {
        // given: a pattern that makes backtracking regular expressions explode
        String pattern = "*a".repeat(100) + "b";
        String name = "a".repeat(200);

        // when / then
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThat(TablePattern.matches(pattern, name)).isFalse());
    }
}
