package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErdRendererTest {

    private static final ErdRenderer RENDERER = new ErdRenderer();

    private static SchemaModel shop() {
        var s = SchemaFixture.schema();
        s.table("customer").id("customer_id").column("email", "text", true).unique("email");
        s.table("orders").id("order_id").column("customer_id", "integer", true).fk("customer_id", "customer");
        s.table("order_line").column("order_id", "integer", true).column("line_no", "integer", true)
                .primaryKey("order_id", "line_no").fk("order_id", "orders")
                .column("product_id", "integer", true).fk("product_id", "product");
        s.table("product").id("product_id").column("replaced_by", "integer", false).fk("replaced_by", "product");
        return s.build();
    }

    @Test
    void should_render_svg_and_sources_of_one_diagram_when_options_are_default() {
        // when
        ErdResult result = RENDERER.render(shop(), ErdOptions.defaults());

        // then
        assertThat(result.artifacts()).extracting(ErdArtifact::name)
                .containsExactly("erd.svg", "erd.puml", "erd.mmd");
        assertThat(result.artifact("erd.svg").orElseThrow().mediaType()).isEqualTo("image/svg+xml");
        String svg = result.artifact("erd.svg").orElseThrow().text();
        assertThat(svg).startsWith("<svg").contains(">customer<", ">orders<", ">order_line<", ">product<");
        assertThat(svg.split("class=\"link\"", -1)).hasSize(5);
        assertThat(result.split()).isFalse();
        assertThat(result.diagrams()).singleElement()
                .satisfies(d -> assertThat(d.relationships()).isEqualTo(4));
        assertThat(result.description()).startsWith(
                "Entity-relationship diagram (crow's-foot notation) of 4 tables and 4 relationships.\n")
                .endsWith("Artifacts: erd.svg, erd.puml, erd.mmd.");
    }

    @Test
    void should_render_png_when_asked() {
        // when
        ErdResult result = RENDERER.render(shop(), ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.PNG)));

        // then
        ErdArtifact png = result.artifacts().get(0);
        assertThat(png.name()).isEqualTo("erd.png");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.content()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    }

    /** 3 families of 8 tables, each a chain of foreign keys, and one key from shipping to billing. */
    private static SchemaModel families() {
        var s = SchemaFixture.schema();
        for (String family : List.of("billing", "catalog", "shipping")) {
            s.table(family + "_root").id("id");
            for (int i = 1; i < 8; i++) {
                s.table(family + "_item" + i).id("id").column("root_id", "integer", true).fk("root_id",
                        family + "_root");
            }
        }
        s.table("shipping_item1").id("id").column("bill_id", "integer", false).fk("bill_id", "billing_root");
        return s.build();
    }

    private static final ErdOptions SPLIT_ABOVE_20 = ErdOptions.defaults().withSplit(SplitMode.AUTO, 20, 10);

    @Test
    void should_split_into_areas_and_an_overview_when_above_the_threshold() {
        // when
        ErdResult result = RENDERER.render(families(), SPLIT_ABOVE_20);

        // then
        assertThat(result.split()).isTrue();
        assertThat(result.diagrams()).extracting(ErdDiagram::name)
                .containsExactly("erd-overview", "erd-01-billing", "erd-02-catalog", "erd-03-shipping");
        List<QualifiedName> covered = new ArrayList<>();
        result.diagrams().forEach(d -> covered.addAll(d.tables()));
        assertThat(covered).hasSize(24).doesNotHaveDuplicates();
        assertThat(result.artifact("erd-overview.puml").orElseThrow().text())
                .contains("entity \"billing\" as a1").contains("a3 --> a1 : 1 FK");
        assertThat(result.artifact("erd-03-shipping.puml").orElseThrow().text())
                .contains("entity \"<U+00A0>public.billing_root<U+00A0>\\n<size:10>in billing</size>\" as x1");
        assertThat(result.description()).contains("Split into 3 subject areas of at most 10 tables")
                .contains("\n1. billing (8 tables): billing_item1, billing_item2");
        assertThat(result.areas()).containsExactly("billing", "catalog", "shipping");
    }

    @Test
    void should_draw_only_the_overview_and_list_the_areas_when_area_diagrams_are_not_wanted() {
        // when
        ErdResult result = RENDERER.render(families(), SPLIT_ABOVE_20.withAreaDiagrams(false));

        // then
        assertThat(result.split()).isTrue();
        assertThat(result.areas()).containsExactly("billing", "catalog", "shipping");
        assertThat(result.artifacts()).extracting(ErdArtifact::name)
                .containsExactly("erd-overview.svg", "erd-overview.puml", "erd-overview.mmd");
        assertThat(result.artifact("erd-overview.svg").orElseThrow().text()).contains(">billing<", ">shipping<");
        assertThat(result.description()).contains("drawn: the overview")
                .contains("\n1. billing (8 tables): ").contains("\n3. shipping (8 tables): ");
    }

    @Test
    void should_draw_one_area_with_its_tables_when_an_area_is_named_or_numbered() {
        // when
        ErdResult byName = RENDERER.render(families(), SPLIT_ABOVE_20.withAreaDiagrams(false).withArea(" Shipping "));
        ErdResult byNumber = RENDERER.render(families(), SPLIT_ABOVE_20.withArea("2"));

        // then
        assertThat(byName.artifacts()).extracting(ErdArtifact::name)
                .containsExactly("erd-03-shipping.svg", "erd-03-shipping.puml", "erd-03-shipping.mmd");
        assertThat(byName.diagrams()).singleElement().satisfies(d -> assertThat(d.tables())
                .extracting(QualifiedName::name).contains("shipping_root", "shipping_item7").hasSize(8));
        assertThat(byName.artifact("erd-03-shipping.svg").orElseThrow().text())
                .contains(">shipping_root<", ">shipping_item7<").doesNotContain(">catalog_root<");
        assertThat(byName.description()).contains("Drawn: subject area 3 of 3, shipping (8 tables, ")
                .contains("shipping_root");
        assertThat(byName.split()).isTrue();
        assertThat(byNumber.diagrams()).extracting(ErdDiagram::name).containsExactly("erd-02-catalog");
    }

    @Test
    void should_name_the_valid_areas_when_the_area_is_unknown() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(families(), SPLIT_ABOVE_20.withArea("invoices")))
                .isInstanceOf(ErdException.class).hasMessage("No subject area 'invoices'; the 3 areas are "
                        + "'billing', 'catalog', 'shipping' (or their numbers 1 to 3).");
        assertThatThrownBy(() -> RENDERER.render(families(), SPLIT_ABOVE_20.withArea("4")))
                .isInstanceOf(ErdException.class).hasMessageContaining("'billing', 'catalog', 'shipping'");
    }

    @Test
    void should_say_there_are_no_areas_when_an_area_is_asked_of_a_schema_drawn_as_one_picture() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(shop(), ErdOptions.defaults().withArea("billing")))
                .isInstanceOf(ErdException.class).hasMessage("The 4 tables are drawn as one diagram (split above 40"
                        + " tables), so there are no subject areas; draw it without an area, or around one table.");
    }

    @Test
    void should_keep_one_diagram_when_below_the_threshold_or_when_told_never_to_split() {
        // when
        ErdResult small = RENDERER.render(shop(), ErdOptions.defaults().withSplit(SplitMode.AUTO, 4, 2));
        ErdResult never = RENDERER.render(shop(), ErdOptions.defaults().withSplit(SplitMode.NEVER, 1, 2));

        // then
        assertThat(small.split()).isFalse();
        assertThat(never.split()).isFalse();
        assertThat(never.diagrams().get(0).tables()).hasSize(4);
    }

    @Test
    void should_describe_the_selection_when_focused() {
        // when
        ErdResult result = RENDERER.render(shop(), ErdOptions.defaults().withFocus("orders", 1)
                .withFormats(EnumSet.of(ErdFormat.PLANTUML)));

        // then
        assertThat(result.diagrams().get(0).tables()).extracting(QualifiedName::name)
                .containsExactly("customer", "order_line", "orders");
        assertThat(result.description()).startsWith("Entity-relationship diagram (crow's-foot notation) of 3 tables"
                + " and 2 relationships, selected from 4 around orders (depth 1).");
    }

    @Test
    void should_name_closest_tables_when_focus_table_is_unknown() {
        // when / then
        assertThatThrownBy(() -> RENDERER.render(shop(), ErdOptions.defaults().withFocus("order", 1)))
                .isInstanceOf(ErdException.class).hasMessageStartingWith("Unknown table 'order'; closest names: ");
    }

    @Test
    void should_render_in_sandbox_profile_when_prewarmed() {
        // when
        RENDERER.prewarm();
        ErdResult result = RENDERER.render(shop(), ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.SVG)));

        // then
        assertThat(PlantUmlEngine.securityProfile()).hasToString("SANDBOX");
        assertThat(result.artifacts()).hasSize(1);
    }
}
