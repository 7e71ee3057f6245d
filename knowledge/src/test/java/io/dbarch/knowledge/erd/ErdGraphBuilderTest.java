package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErdGraphBuilderTest {

    private static Relationship only(ErdGraph graph) {
        assertThat(graph.relationships()).hasSize(1);
        return graph.relationships().get(0);
    }

    @Test
    void should_make_parent_side_exactly_one_when_foreign_key_is_not_null() {
        // given
        var schema = SchemaFixture.schema();
        schema.table("language").id("language_id");
        schema.table("film").id("film_id").column("language_id", "smallint", true).fk("language_id", "language");

        // when
        Relationship r = only(ErdGraphBuilder.build(schema.build()));

        // then
        assertThat(r.optional()).isFalse();
        assertThat(r.oneToOne()).isFalse();
        assertThat(r.parent()).isEqualTo(QualifiedName.of("public", "language"));
        assertThat(r.child()).isEqualTo(QualifiedName.of("public", "film"));
        assertThat(r.parentColumns()).containsExactly("language_id");
    }

    @Test
    void should_make_parent_side_zero_or_one_when_foreign_key_is_nullable() {
        // given
        var schema = SchemaFixture.schema();
        schema.table("language").id("language_id");
        schema.table("film").id("film_id").column("language_id", "smallint", false).fk("language_id", "language");

        // when
        Relationship r = only(ErdGraphBuilder.build(schema.build()));

        // then
        assertThat(r.optional()).isTrue();
    }

    @Test
    void should_make_one_to_one_when_foreign_key_columns_are_unique() {
        // given: one by a unique constraint, one by being the primary key, one by a unique index
        var schema = SchemaFixture.schema();
        schema.table("users").id("id");
        schema.table("profile").id("id").column("user_id", "integer", true).unique("user_id").fk("user_id", "users");
        schema.table("settings").id("user_id").fk("user_id", "users");
        schema.table("avatar").id("id").column("user_id", "integer", true).uniqueIndex("user_id")
                .fk("user_id", "users");

        // when
        List<Relationship> rels = ErdGraphBuilder.build(schema.build()).relationships();

        // then
        assertThat(rels).hasSize(3).allMatch(Relationship::oneToOne);
    }

    @Test
    void should_make_one_to_many_when_foreign_key_columns_are_not_unique() {
        // given: unique only together with another column
        var schema = SchemaFixture.schema();
        schema.table("users").id("id");
        schema.table("login").id("id").column("user_id", "integer", true).column("at", "timestamptz", true)
                .unique("user_id", "at").fk("user_id", "users");

        // when
        Relationship r = only(ErdGraphBuilder.build(schema.build()));

        // then
        assertThat(r.oneToOne()).isFalse();
    }

    @Test
    void should_draw_one_line_when_foreign_key_is_composite() {
        // given
        var schema = SchemaFixture.schema();
        schema.table("orders").column("tenant_id", "integer", true).column("order_no", "integer", true)
                .primaryKey("tenant_id", "order_no");
        schema.table("order_line").column("tenant_id", "integer", true).column("order_no", "integer", true)
                .column("line_no", "integer", true).primaryKey("tenant_id", "order_no", "line_no")
                .fk(List.of("tenant_id", "order_no"), "orders", List.of());

        // when
        ErdGraph graph = ErdGraphBuilder.build(schema.build());

        // then
        Relationship r = only(graph);
        assertThat(r.childColumns()).containsExactly("tenant_id", "order_no");
        assertThat(r.parentColumns()).containsExactly("tenant_id", "order_no");
        assertThat(r.optional()).isFalse();
        assertThat(r.oneToOne()).isFalse();
        assertThat(graph.foreignKeyColumns(QualifiedName.of("public", "order_line")))
                .containsExactly("tenant_id", "order_no");
    }

    @Test
    void should_label_lines_when_self_reference_or_several_keys_join_the_same_tables() {
        // given
        var schema = SchemaFixture.schema();
        schema.table("employee").id("id").column("manager_id", "integer", false).fk("manager_id", "employee");
        schema.table("language").id("id");
        schema.table("film").id("id").column("language_id", "integer", true).fk("language_id", "language")
                .column("original_language_id", "integer", false).fk("original_language_id", "language");
        schema.table("actor").id("id");
        schema.table("film_actor").id("id").column("actor_id", "integer", true).fk("actor_id", "actor");

        // when
        List<Relationship> rels = ErdGraphBuilder.build(schema.build()).relationships();

        // then
        assertThat(rels).filteredOn(Relationship::selfReference).singleElement()
                .satisfies(r -> assertThat(r.label()).contains("manager_id"));
        assertThat(rels).filteredOn(r -> r.parent().name().equals("language"))
                .extracting(r -> r.label().orElse("")).containsExactlyInAnyOrder("language_id",
                        "original_language_id");
        assertThat(rels).filteredOn(r -> r.parent().name().equals("actor")).singleElement()
                .satisfies(r -> assertThat(r.label()).isEmpty());
    }

    @Test
    void should_fold_partitions_into_parent_when_keys_are_on_partitions() {
        // given: pg_dump style, the foreign keys are declared on the partitions only
        var schema = SchemaFixture.schema();
        schema.table("customer").id("customer_id");
        schema.table("payment").id("payment_id").column("customer_id", "integer", true)
                .partitionBy("range", "payment_date");
        for (String month : List.of("payment_p2022_01", "payment_p2022_02")) {
            schema.table(month).id("payment_id").column("customer_id", "integer", true)
                    .fk("customer_id", "customer").partitionOf("payment");
        }

        // when
        ErdGraph graph = ErdGraphBuilder.build(schema.build());

        // then
        assertThat(graph.names()).extracting(QualifiedName::name).containsExactly("customer", "payment");
        assertThat(graph.partitionCount(QualifiedName.of("public", "payment"))).isEqualTo(2);
        assertThat(only(graph).child().name()).isEqualTo("payment");
    }

    @Test
    void should_count_but_not_draw_foreign_keys_when_target_table_is_missing() {
        // given
        var schema = SchemaFixture.schema();
        schema.table("film").id("id").column("language_id", "integer", true).fk("language_id", "language");

        // when
        ErdGraph graph = ErdGraphBuilder.build(schema.build());

        // then
        assertThat(graph.relationships()).isEmpty();
        assertThat(graph.unresolvedForeignKeys()).isEqualTo(1);
    }
}
