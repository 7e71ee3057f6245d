package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaSplitterTest {

    /** Two star-shaped clusters of {@code size} tables (hub + satellites), joined by one foreign key. */
    private static SchemaFixture twoClusters(String a, String b, int size) {
        var s = SchemaFixture.schema();
        for (String hub : List.of(a, b)) {
            s.table(hub).id("id");
            for (int i = 1; i < size; i++) {
                s.table(hub + "_part" + i).id("id").column("owner_id", "integer", true).fk("owner_id", hub);
            }
        }
        s.table(b + "_link").id("id").column("a_id", "integer", true).fk("a_id", a);
        return s;
    }

    private static void assertPartition(List<List<QualifiedName>> areas, ErdGraph graph, int max) {
        List<QualifiedName> all = new ArrayList<>();
        areas.forEach(all::addAll);
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(graph.names());
        assertThat(areas).allSatisfy(a -> assertThat(a).hasSizeBetween(1, max));
    }

    @Test
    void should_cover_every_table_once_within_the_bound_when_splitting() {
        // given: 60 tables, no names in common beyond the hubs
        ErdGraph graph = ErdGraphBuilder.build(twoClusters("customer", "product", 30).build());

        // when
        List<List<QualifiedName>> areas = AreaSplitter.split(graph, 25).stream().map(TableGroup::tables)
                .toList();

        // then
        assertPartition(areas, graph, 25);
    }

    @Test
    void should_keep_foreign_key_clusters_together_when_they_fit() {
        // given: tables named so that prefixes do not help (t01..t40), two FK stars of 20
        var s = SchemaFixture.schema();
        for (int star = 0; star < 2; star++) {
            String hub = "t" + (star * 20 + 1);
            s.table(hub).id("id");
            for (int i = 2; i <= 20; i++) {
                s.table("t" + (star * 20 + i)).id("id").column("h_id", "integer", true).fk("h_id", hub);
            }
        }
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        List<List<QualifiedName>> areas = AreaSplitter.split(graph, 25).stream().map(TableGroup::tables)
                .toList();

        // then
        assertPartition(areas, graph, 25);
        assertThat(areas).hasSize(2);
        assertThat(areas).allSatisfy(a -> assertThat(a).hasSize(20));
        assertThat(areas.get(0)).extracting(QualifiedName::name).contains("t1").doesNotContain("t21");
    }

    @Test
    void should_keep_areas_within_one_schema_when_schema_has_several() {
        // given
        var s = SchemaFixture.schema();
        for (String schema : List.of("sales", "hr")) {
            for (int i = 0; i < 12; i++) {
                s.table(schema + ".t" + i).id("id");
            }
        }
        s.table("sales.t0").id("id");
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        List<List<QualifiedName>> areas = AreaSplitter.split(graph, 25).stream().map(TableGroup::tables)
                .toList();

        // then
        assertThat(areas).allSatisfy(a -> assertThat(new HashSet<>(a.stream().map(QualifiedName::schema).toList()))
                .hasSize(1));
    }

    @Test
    void should_group_name_prefix_families_when_there_are_no_foreign_keys() {
        // given: three families of 10 with no foreign keys, as in schemas that rely on naming conventions
        var s = SchemaFixture.schema();
        for (String prefix : List.of("ci_build", "merge_request", "room")) {
            for (int i = 0; i < 10; i++) {
                s.table(prefix + "_t" + i).id("id");
            }
        }
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        List<Area> areas = AreaNamer.name(AreaSplitter.split(graph, 12), graph);

        // then
        assertThat(areas).extracting(Area::name).containsExactlyInAnyOrder("ci_build", "merge_request", "room");
        assertThat(areas).allSatisfy(a -> assertThat(a.tables())
                .allMatch(t -> t.name().startsWith(a.name())));
    }

    @Test
    void should_split_by_next_word_when_prefix_family_is_too_large() {
        // given: ci_build_* (15) and ci_runner_* (15) share the first word only
        var s = SchemaFixture.schema();
        for (String prefix : List.of("ci_build", "ci_runner")) {
            for (int i = 0; i < 15; i++) {
                s.table(prefix + "_x" + i).id("id");
            }
        }
        ErdGraph graph = ErdGraphBuilder.build(s.build());

        // when
        List<Area> areas = AreaNamer.name(AreaSplitter.split(graph, 20), graph);

        // then
        assertThat(areas).extracting(Area::name).containsExactlyInAnyOrder("ci_build", "ci_runner");
    }
}
