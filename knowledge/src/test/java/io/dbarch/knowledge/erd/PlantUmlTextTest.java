package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlantUmlTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"@enduml", "!include /etc/passwd", "!define X", "skinparam backgroundColor red",
            "%getenv(\"HOME\")", "$secret", "[[http://example.com]]", "<img:http://example.com/a.png>",
            "' comment", "/' block '/", "a\\nb", "line1\nline2\r\n!include x", "**bold** __under__ ~~wave~~",
            "\"quoted\"", "{static} -private +public #protected ~package", "<U+0040>enduml", "&#64;enduml"})
    void should_leave_no_plantuml_syntax_when_text_carries_directives(String raw) {
        // when
        String escaped = PlantUmlText.escape(raw);

        // then: only letters, digits, space, _ , ( ) . and our own <U+XXXX> escapes remain
        String withoutEscapes = escaped.replaceAll("<U\\+[0-9A-F]{4,6}>", "");
        assertThat(withoutEscapes).matches("[\\p{L}\\p{N} _,().:/-]*");
        assertThat(withoutEscapes).doesNotContain("__", "..", "--", "//", "::", "\n", "\r");
    }

    @Test
    void should_pass_text_through_when_identifiers_and_types_are_plain() {
        // when / then
        assertThat(PlantUmlText.escape("film_actor")).isEqualTo("film_actor");
        assertThat(PlantUmlText.escape("numeric(12,2)")).isEqualTo("numeric(12,2)");
        assertThat(PlantUmlText.escape("sales.order header")).isEqualTo("sales.order header");
        assertThat(PlantUmlText.escape("sales: x-y/z")).isEqualTo("sales: x-y/z");
        assertThat(PlantUmlText.escape("café_ü")).isEqualTo("café_ü");
    }

    @Test
    void should_escape_code_point_when_character_is_special() {
        // when / then
        assertThat(PlantUmlText.escape("a@b")).isEqualTo("a<U+0040>b");
        assertThat(PlantUmlText.escape("__x")).isEqualTo("_<U+005F>x");
        assertThat(PlantUmlText.escape(".x..y")).isEqualTo("<U+002E>x.<U+002E>y");
        assertThat(PlantUmlText.escape("-x--y//z")).isEqualTo("<U+002D>x-<U+002D>y/<U+002F>z");
        assertThat(PlantUmlText.escape("http://h")).isEqualTo("http:/<U+002F>h");
        assertThat(PlantUmlText.escape("a\tb\nc")).isEqualTo("a b c");
        assertThat(PlantUmlText.escape("smile \uD83D\uDE00")).isEqualTo("smile <U+1F600>");
    }

    @Test
    void should_cut_with_ellipsis_when_text_is_too_long() {
        // when / then
        assertThat(PlantUmlText.escape("abcdef", 3)).isEqualTo("abc<U+2026>");
        assertThat(PlantUmlText.escape("abc", 3)).isEqualTo("abc");
    }
}
