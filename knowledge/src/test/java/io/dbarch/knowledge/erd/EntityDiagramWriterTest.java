package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityDiagramWriterTest {

    private static ErdGraph film() {
        var s = SchemaFixture.schema();
        s.table("language").id("language_id").column("name", "character(20)", true).unique("name");
        s.table("film").id("film_id").comment("A film in the catalogue")
                .column("title", "text", true)
                .column("language_id", "smallint", true).fk("language_id", "language")
                .column("original_language_id", "smallint", false).fk("original_language_id", "language")
                .column("last_update", "timestamp with time zone", true);
        s.table("film_text").id("film_id").fk("film_id", "film").column("body", "text", false);
        return ErdGraphBuilder.build(s.build());
    }

    private static String write(ErdGraph graph, ErdOptions options) {
        return EntityDiagramWriter.write(graph, DiagramPlanner.single(graph, options), options);
    }

    @Test
    void should_draw_crows_foot_ends_when_constraints_say_nullable_or_unique() {
        // when
        String source = write(film(), ErdOptions.defaults());

        // then: t1 = film, t2 = film_text, t3 = language (name order)
        assertThat(source).startsWith("@startuml\n!pragma layout smetana\n").endsWith("@enduml\n");
        assertThat(source).contains("t3 ||--o{ t1 : language_id\n")
                .contains("t3 |o--o{ t1 : original_language_id\n")
                .contains("t1 ||--o| t2\n");
    }

    @Test
    void should_list_columns_with_types_and_markers_when_all_columns_wanted() {
        // when
        String source = write(film(), ErdOptions.defaults());

        // then
        assertThat(source).contains("entity \"film\" as t1 {\n"
                + "  <i><color:#666666>A film in the catalogue</color></i>\n"
                + "  * film_id : integer <color:#7A7A7A>PK</color>\n"
                + "  --\n"
                + "  * title : text\n"
                + "  * language_id : smallint <color:#7A7A7A>FK</color>\n"
                + "  original_language_id : smallint <color:#7A7A7A>FK</color>\n"
                + "  * last_update : timestamptz\n}\n");
        assertThat(source).contains("  * name : char(20) <color:#7A7A7A>UQ</color>\n");
        assertThat(source).contains("  * film_id : integer <color:#7A7A7A>PK FK</color>\n");
    }

    @Test
    void should_show_only_key_columns_when_asked_for_keys() {
        // when
        String source = write(film(), ErdOptions.defaults().withColumns(ColumnDetail.KEYS));

        // then
        assertThat(source).contains("language_id : smallint").doesNotContain("title : text")
                .doesNotContain("last_update");
    }

    @Test
    void should_show_table_names_only_when_asked_for_no_columns() {
        // when
        String source = write(film(), ErdOptions.defaults().withColumns(ColumnDetail.NONE));

        // then
        assertThat(source).contains("entity \"film\" as t1\n").doesNotContain("film_id :")
                .contains("t3 ||--o{ t1 : language_id\n");
    }

    @Test
    void should_frame_schemas_add_title_and_legend_when_asked() {
        // given
        var s = SchemaFixture.schema();
        s.table("sales.orders").id("id").column("customer_id", "integer", true).fk("customer_id", "crm.customer");
        s.table("crm.customer").id("id");
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        String grouped = write(graph, ErdOptions.defaults().withGroupBySchema(true).withTitle("Shop"));
        String plain = write(graph, ErdOptions.defaults().withLegend(false));

        // then
        assertThat(grouped).contains("title Shop\n").contains("package \"crm\" {\nentity \"customer\" as t1 {")
                .contains("package \"sales\" {\nentity \"orders\" as t2 {").contains("legend right");
        assertThat(plain).doesNotContain("package \"").doesNotContain("legend right").doesNotContain("title ")
                .contains("entity \"crm.customer\" as t1");
    }

    @Test
    void should_draw_dashed_boxes_when_tables_belong_to_other_areas() {
        // given
        ErdGraph graph = film();
        var language = SchemaFixture.qualified("language");
        var plan = new DiagramPlan("erd-02-film", Optional.of("film"),
                java.util.List.of(SchemaFixture.qualified("film")), Map.of(language, "reference data"));

        // when
        String source = EntityDiagramWriter.write(graph, plan, ErdOptions.defaults());

        // then
        assertThat(source).contains("entity \"<U+00A0>public.language<U+00A0>\\n<size:10>in reference data</size>\""
                + " as x1 "
                + PlantUmlStyle.EXTERNAL_STYLE).contains("x1 ||--o{ t1 : language_id")
                .doesNotContain("film_text");
        assertThat(EntityDiagramWriter.countLines(graph, plan)).isEqualTo(2);
    }

    @Test
    void should_count_extra_columns_but_show_keys_when_table_is_very_wide() {
        // given: a primary key, 50 plain columns and a foreign key at the end
        var s = SchemaFixture.schema();
        s.table("plans").id("id");
        var wide = s.table("plan_limits").id("id");
        for (int i = 1; i <= 50; i++) {
            wide.column("limit_" + i, "integer", true);
        }
        wide.column("plan_id", "integer", true).fk("plan_id", "plans");
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        String all = write(graph, ErdOptions.defaults());
        String keys = write(graph, ErdOptions.defaults().withColumns(ColumnDetail.KEYS));

        // then: 2 keys + 38 plain columns = 40 lines, 12 counted
        assertThat(all).contains("  * limit_38 : integer\n  * plan_id : integer <color:#7A7A7A>FK</color>\n"
                + "  <i><color:#666666>and 12 more columns</color></i>\n").doesNotContain("limit_39 ");
        assertThat(keys).contains("plan_id").doesNotContain("limit_1 ").doesNotContain("more columns");
    }
}
