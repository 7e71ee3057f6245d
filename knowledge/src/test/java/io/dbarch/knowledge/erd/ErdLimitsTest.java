package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.schema.SchemaModel;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounds that keep one request's work and memory finite, each with a message saying what would work. */
class ErdLimitsTest {

    private static final ErdRenderer RENDERER = new ErdRenderer();

    private static SchemaModel unrelated(int n) {
        var s = SchemaFixture.schema();
        for (int i = 0; i < n; i++) {
            s.table("t" + i).id("id");
        }
        return s.build();
    }

    /** One table with {@code n} unique columns: key columns always show, about 13 pixels each. */
    private static SchemaModel tall(int n) {
        var s = SchemaFixture.schema();
        var table = s.table("wide").id("id");
        for (int i = 0; i < n; i++) {
            table.column("c" + i, "integer", true).unique("c" + i);
        }
        return s.build();
    }

    @Test
    void should_refuse_when_more_tables_are_selected_than_one_request_draws() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(unrelated(TableSelector.MAX_TABLES + 1), ErdOptions.defaults()))
                .isInstanceOf(ErdException.class)
                .hasMessage("2001 tables selected; an ERD request draws at most 2000. Narrow it with include/exclude"
                        + " patterns (e.g. 'sales.*') or a focus table and depth.");
    }

    @Test
    void should_accept_as_many_tables_as_the_limit_when_narrowed_by_a_pattern() {
        // when
        ErdResult result = RENDERER.render(unrelated(TableSelector.MAX_TABLES + 1), ErdOptions.defaults()
                .withInclude(List.of("t1?")).withFormats(EnumSet.of(ErdFormat.PLANTUML)));

        // then
        assertThat(result.diagrams().get(0).tables()).hasSize(10);
    }

    @Test
    void should_refuse_when_one_picture_would_hold_too_many_tables() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(unrelated(DiagramPlanner.MAX_ONE_PICTURE + 1),
                ErdOptions.defaults().withSplit(SplitMode.NEVER, 40, 25)))
                .isInstanceOf(ErdException.class)
                .hasMessageStartingWith("501 tables are too many for one picture (at most 500)");
    }

    @Test
    void should_refuse_instead_of_clipping_when_png_exceeds_the_limit() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(tall(700), ErdOptions.defaults().withFormats(
                EnumSet.of(ErdFormat.PNG))))
                .isInstanceOf(ErdException.class)
                .hasMessageContaining("pixels, more than a PNG may have (8192); ask for SVG");
    }

    @Test
    void should_draw_png_when_it_stays_within_the_limit() {
        // when
        ErdResult result = RENDERER.render(tall(300), ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.PNG)));

        // then
        assertThat(result.artifacts().get(0).content()).startsWith(0x89, 'P', 'N', 'G');
    }
}
