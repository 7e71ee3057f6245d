package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErdOptionsTest {

    @Test
    void should_accept_options_when_values_are_in_range() {
        // when
        var options = ErdOptions.defaults().withFocus("orders", 2).withColumns(ColumnDetail.KEYS)
                .withSplit(SplitMode.ALWAYS, 10, 12).withTitle("Shop").withFormats(Set.of(ErdFormat.PNG))
                .withAreaDiagrams(false).withArea("billing");

        // then
        assertThat(options.focus()).contains("orders");
        assertThat(options.depth()).isEqualTo(2);
        assertThat(options.maxTablesPerDiagram()).isEqualTo(12);
        assertThat(options.formats()).containsExactly(ErdFormat.PNG);
        assertThat(options.areaDiagrams()).isFalse();
        assertThat(options.area()).contains("billing");
        assertThat(ErdOptions.defaults().areaDiagrams()).isTrue();
    }

    @Test
    void should_say_what_would_work_when_options_are_out_of_range() {
        // when / then
        assertThatThrownBy(() -> ErdOptions.defaults().withFocus("orders", 11))
                .isInstanceOf(ErdException.class).hasMessage("Invalid ERD option: depth must be 0 to 10; got 11.");
        assertThatThrownBy(() -> ErdOptions.defaults().withInclude(List.of(" ")))
                .isInstanceOf(ErdException.class).hasMessageContaining("e.g. 'sales.*'");
        assertThatThrownBy(() -> ErdOptions.defaults().withSplit(SplitMode.AUTO, 40, 1))
                .isInstanceOf(ErdException.class).hasMessageContaining("tables per diagram must be 2 to 200");
        assertThatThrownBy(() -> ErdOptions.defaults().withArea(" "))
                .isInstanceOf(ErdException.class).hasMessageContaining("its name as listed, e.g. 'billing'");
        assertThatThrownBy(() -> ErdOptions.defaults().withFormats(Set.of()))
                .isInstanceOf(ErdException.class).hasMessageContaining("svg, png, puml or mmd");
    }

    @Test
    void should_parse_formats_and_details_when_given_command_line_words() {
        // when / then
        assertThat(ErdFormat.fromFileName("out.SVG")).contains(ErdFormat.SVG);
        assertThat(ErdFormat.fromFileName("diagram.mmd")).contains(ErdFormat.MERMAID);
        assertThat(ErdFormat.fromFileName("x.puml")).contains(ErdFormat.PLANTUML);
        assertThat(ErdFormat.fromFileName("x.pdf")).isEmpty();
        assertThat(ColumnDetail.fromId("Keys")).contains(ColumnDetail.KEYS);
        assertThat(ColumnDetail.fromId("some")).isEmpty();
    }
}
