package io.dbarch.knowledge.design.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.Decision;
import io.dbarch.knowledge.design.Samples;
import org.junit.jupiter.api.Test;

class SchemaDesignerTest {

    private final SchemaDesigner designer = new SchemaDesigner();

    @Test
    void should_add_tenant_key_composite_foreign_keys_and_rls_when_tenants_share_a_schema() {
        // when
        SchemaDesign d = designer.design(Samples.requirements(Samples.SAAS)).data();

        // then
        TableDesign task = d.table("task").orElseThrow();
        assertThat(task.tenantScoped()).isTrue();
        assertThat(task.columns()).extracting(ColumnDesign::name).startsWith("id", "tenant_id", "project_id", "assignee_id");
        assertThat(task.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.columns()).containsExactly("tenant_id", "project_id");
            assertThat(fk.referencedColumns()).containsExactly("tenant_id", "id");
        });
        assertThat(d.table("tenant").orElseThrow().tenantScoped()).isFalse();
        assertThat(d.postgresql()).contains("ALTER TABLE task ENABLE ROW LEVEL SECURITY;",
                "CREATE POLICY task_tenant_isolation ON task",
                "ON DELETE SET NULL (assignee_id)");
    }

    @Test
    void should_lead_every_index_with_the_tenant_key_when_tenants_share_a_schema() {
        // when
        SchemaDesign d = designer.design(Samples.requirements(Samples.SAAS)).data();

        // then
        assertThat(d.tables().stream().filter(TableDesign::tenantScoped).flatMap(t -> t.indexes().stream()))
                .isNotEmpty().allSatisfy(i -> assertThat(i.columns().get(0)).isEqualTo("tenant_id"));
    }

    @Test
    void should_build_index_from_filters_then_order_when_a_query_pattern_is_given() {
        // when
        SchemaDesign d = designer.design(Samples.requirements(Samples.SAAS)).data();

        // then
        assertThat(d.table("task").orElseThrow().indexes()).extracting(IndexDesign::columns)
                .contains(java.util.List.of("tenant_id", "project_id", "state", "due_on"))
                .doesNotContain(java.util.List.of("tenant_id", "project_id"));
        assertThat(d.queryIndexes()).containsEntry("update a task", "primary key of task");
    }

    @Test
    void should_create_a_junction_table_with_composite_key_when_relationship_is_many_to_many() {
        // when
        TableDesign junction = designer.design(Samples.requirements(Samples.SAAS)).data().table("task_label").orElseThrow();

        // then
        assertThat(junction.primaryKey()).containsExactly("tenant_id", "task_id", "label_id");
        assertThat(junction.indexes()).extracting(IndexDesign::columns).containsExactly(java.util.List.of("tenant_id", "label_id"));
        assertThat(junction.foreignKeys()).allSatisfy(fk -> assertThat(fk.onDelete().name()).isEqualTo("CASCADE"));
    }

    @Test
    void should_partition_by_month_with_key_in_primary_key_when_an_event_entity_is_large() {
        // when
        SchemaDesign d = designer.design(Samples.requirements(Samples.SAAS)).data();

        // then
        TableDesign events = d.table("activity_event").orElseThrow();
        assertThat(events.partitionKey()).contains("created_at");
        assertThat(events.primaryKey()).containsExactly("id", "created_at");
        assertThat(events.column("updated_at")).isEmpty();
        assertThat(d.postgresql()).contains(") PARTITION BY RANGE (created_at);",
                "CREATE TABLE activity_event_2026_01 PARTITION OF activity_event FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');");
        assertThat(d.mysql()).contains("PARTITION BY RANGE COLUMNS (created_at)", "PARTITION pmax VALUES LESS THAN (MAXVALUE)");
    }

    @Test
    void should_use_a_default_partition_when_no_start_month_is_given() {
        // given
        var r = Samples.yaml("name: X\ndomain: {entities: [{name: click, kind: event, rows: 50000000}]}");

        // when
        String sql = designer.design(r).data().postgresql();

        // then
        assertThat(sql).contains("CREATE TABLE click_default PARTITION OF click DEFAULT;");
    }

    @Test
    void should_map_meaning_types_to_engine_types_when_attributes_have_meanings() {
        // when
        SchemaDesign d = designer.design(Samples.requirements(Samples.ANALYTICS)).data();

        // then
        TableDesign order = d.table("purchase_order").orElseThrow();
        assertThat(order.column("total_amount").orElseThrow().postgresType()).isEqualTo("numeric(19,4)");
        assertThat(order.column("state").orElseThrow().postgresType()).isEqualTo("purchase_order_state");
        assertThat(order.column("state").orElseThrow().mysqlType()).startsWith("ENUM('cart','placed'");
        assertThat(order.column("placed_at").orElseThrow().postgresType()).isEqualTo("timestamptz");
        assertThat(d.postgresql()).contains("CREATE TYPE purchase_order_state AS ENUM ('cart', 'placed'",
                "CREATE UNIQUE INDEX customer_email_lower_idx ON customer (lower(email));");
        assertThat(d.postgresql()).doesNotContain("ROW LEVEL SECURITY").doesNotContain("tenant_id");
    }

    @Test
    void should_denormalise_into_a_materialized_view_when_groups_are_large_and_staleness_is_allowed() {
        // when 120M order lines over 80k products, 15 minutes of staleness allowed
        SchemaDesign d = designer.design(Samples.requirements(Samples.ANALYTICS)).data();

        // then
        assertThat(d.postgresql()).contains("CREATE MATERIALIZED VIEW order_line_by_product AS",
                "CREATE UNIQUE INDEX order_line_by_product_key ON order_line_by_product (product_id);");
        assertThat(d.decisions()).extracting(Decision::choice)
                .anySatisfy(c -> assertThat(c).startsWith("denormalised into materialized view order_line_by_product"));
    }

    @Test
    void should_keep_normalised_when_groups_are_small() {
        // when 30M tasks over 400k projects: 75 per group
        SchemaDesign d = designer.design(Samples.requirements(Samples.SAAS)).data();

        // then
        assertThat(d.postgresql()).doesNotContain("MATERIALIZED VIEW");
        assertThat(d.decisions()).anySatisfy(x -> {
            assertThat(x.topic()).isEqualTo("task: open task count per project");
            assertThat(x.choice()).startsWith("kept normalised");
            assertThat(x.why()).contains("about 75 task rows per project");
        });
    }

    @Test
    void should_create_a_tenant_table_when_tenants_share_a_schema_without_a_tenant_entity() {
        // given
        var r = Samples.yaml("name: X\ndomain: {entities: [{name: note}]}\ntenancy: {tenants: 5000}");

        // when
        SchemaDesign d = designer.design(r).data();

        // then
        assertThat(d.tables()).extracting(TableDesign::name).containsExactly("tenant", "note");
        assertThat(d.table("note").orElseThrow().tenantScoped()).isTrue();
    }

    @Test
    void should_add_no_tenant_key_when_tenants_get_a_schema_each() {
        // given
        var r = Samples.yaml("name: X\ndomain: {entities: [{name: note}]}\ntenancy: {tenants: 50, model: schema-per-tenant}");

        // then
        assertThat(designer.design(r).data().postgresql()).doesNotContain("tenant_id");
    }
}
