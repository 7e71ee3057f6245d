package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogReaderTest {

    private ThrowawayDatabase db;
    private SchemaModel model;

    @BeforeAll
    void loadFixture() throws SQLException {
        db = Sandbox.shared().newDatabase();
        assertThat(db.run(CatalogFixture.DDL).failures()).isEmpty();
        try (Connection c = db.connect()) {
            model = new CatalogReader().read(c);
        }
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @Test
    void should_read_created_schema_with_comment_and_leave_out_untouched_public() {
        assertThat(model.schemas()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("sales");
            assertThat(s.comment()).contains("Orders and customers");
        });
    }

    @Test
    void should_read_tables_in_schema_then_name_order() {
        assertThat(model.tables()).extracting(t -> t.name().toString()).containsExactly(
                "public.audit_base", "public.audit_login", "public.booking", "public.cache_entry", "public.event",
                "public.event_2024", "public.event_default", "public.event_ref", "public.order_note",
                "sales.customer", "sales.orders");
    }

    @Test
    void should_read_columns_with_types_nullability_defaults_collation_and_comments() {
        Table customer = table("sales.customer");
        assertThat(customer.columns()).extracting(Column::name)
                .containsExactly("id", "email", "name", "tags", "grid", "created_at");
        assertThat(column(customer, "id").identity()).isEqualTo(Identity.ALWAYS);
        assertThat(column(customer, "id").defaultExpression()).isEmpty();
        assertThat(column(customer, "id").serial()).isFalse();
        assertThat(column(customer, "email").type()).isEqualTo(new DataType("sales.email", "sales.email",
                "sales.email", List.of(), 0));
        assertThat(column(customer, "email").nullable()).isTrue();
        assertThat(column(customer, "email").comment()).contains("Login address");
        assertThat(column(customer, "name").type()).isEqualTo(new DataType("character varying(200)",
                "character varying(200)", "character varying", List.of("200"), 0));
        assertThat(column(customer, "name").collation()).contains("C");
        assertThat(column(customer, "name").nullable()).isFalse();
        assertThat(column(customer, "tags").type()).isEqualTo(new DataType("text[]", "text[]", "text", List.of(), 1));
        assertThat(column(customer, "tags").defaultExpression()).contains("'{}'::text[]");
        assertThat(column(customer, "tags").collation()).isEmpty();
        assertThat(column(customer, "grid").type().arrayDimensions()).isEqualTo(2);
        assertThat(column(customer, "created_at").type()).isEqualTo(new DataType("timestamp(3) with time zone",
                "timestamp(3) with time zone", "timestamp with time zone", List.of("3"), 0));
        assertThat(column(customer, "created_at").defaultExpression()).contains("now()");
    }

    @Test
    void should_read_serial_and_generated_columns_when_declared() {
        Table orders = table("sales.orders");
        Column id = column(orders, "id");
        assertThat(id.serial()).isTrue();
        assertThat(id.identity()).isEqualTo(Identity.NONE);
        assertThat(id.defaultExpression()).contains("nextval('sales.orders_id_seq'::regclass)");
        Column tax = column(orders, "tax");
        assertThat(tax.generatedExpression()).contains("amount * 0.2");
        assertThat(tax.defaultExpression()).isEmpty();
        assertThat(tax.type()).isEqualTo(new DataType("numeric(12,2)", "numeric(12,2)", "numeric",
                List.of("12", "2"), 0));
        assertThat(column(orders, "status").defaultExpression()).contains("'new'::sales.order_status");
        assertThat(column(orders, "public_id").serial()).isFalse();
        assertThat(column(table("public.audit_base"), "id").serial()).isTrue();
        // the child's copy of the column uses the parent's sequence, which it does not own
        assertThat(column(table("public.audit_login"), "id").serial()).isFalse();
    }

    @Test
    void should_read_partitioning_and_partitions_without_cloned_keys_and_indexes() {
        Table event = table("public.event");
        assertThat(event.partitioning()).contains(new Partitioning("range", "occurred_at"));
        assertThat(event.primaryKey().orElseThrow().columns()).containsExactly("id", "occurred_at");
        assertThat(event.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).contains("event_payload_idx");
            assertThat(i.method()).isEqualTo("gin");
            assertThat(i.keys()).containsExactly(new IndexKey("payload", false, "jsonb_path_ops"));
        });
        Table y2024 = table("public.event_2024");
        assertThat(y2024.partitionOf()).contains(new PartitionOf(QualifiedName.of("public", "event"),
                "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"));
        assertThat(y2024.inherits()).isEmpty();
        assertThat(y2024.columns()).extracting(Column::name).containsExactly("id", "occurred_at", "payload");
        assertThat(y2024.primaryKey()).isEmpty();
        assertThat(y2024.indexes()).isEmpty();
        assertThat(table("public.event_default").partitionOf().orElseThrow().bound()).isEqualTo("DEFAULT");
    }

    @Test
    void should_read_inheritance_unlogged_options_and_comments() {
        Table login = table("public.audit_login");
        assertThat(login.inherits()).containsExactly(QualifiedName.of("public", "audit_base"));
        assertThat(login.columns()).extracting(Column::name).containsExactly("id", "at", "username");
        assertThat(login.checks()).isEmpty();
        assertThat(table("public.cache_entry").unlogged()).isTrue();
        assertThat(table("public.audit_base").unlogged()).isFalse();
        assertThat(table("sales.customer").options()).isEqualTo(Map.of("fillfactor", "70"));
        assertThat(table("sales.customer").comment()).contains("People who buy");
        assertThat(table("sales.orders").comment()).isEmpty();
    }

    @Test
    void should_read_primary_unique_check_and_exclusion_constraints_with_names() {
        Table customer = table("sales.customer");
        assertThat(customer.primaryKey().orElseThrow().name()).contains("customer_pkey");
        assertThat(customer.uniqueConstraints()).singleElement().satisfies(u -> {
            assertThat(u.name()).contains("customer_email_key");
            assertThat(u.columns()).containsExactly("email");
            assertThat(u.nullsNotDistinct()).isTrue();
        });
        Table orders = table("sales.orders");
        assertThat(orders.checks()).hasSize(2);
        assertThat(orders.checks().get(0).name()).contains("orders_amount_check");
        assertThat(orders.checks().get(0).expression()).isEqualTo("amount >= (0)::numeric");
        assertThat(orders.checks().get(0).notValid()).isFalse();
        assertThat(orders.checks().get(1).name()).contains("orders_amount_small");
        assertThat(orders.checks().get(1).notValid()).isTrue();
        assertThat(table("public.audit_base").checks()).singleElement()
                .satisfies(c -> assertThat(c.expression()).isEqualTo("id > 0"));
        assertThat(table("public.booking").exclusions()).singleElement().satisfies(x -> {
            assertThat(x.name()).contains("booking_during_excl");
            assertThat(x.definition()).isEqualTo("USING gist (during WITH &&)");
        });
    }

    @Test
    void should_read_foreign_keys_with_actions_deferrability_and_validity() {
        assertThat(table("sales.orders").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).contains("orders_customer_fk");
            assertThat(fk.columns()).containsExactly("customer_id");
            assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("sales", "customer"));
            assertThat(fk.referencedColumns()).containsExactly("id");
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            assertThat(fk.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
            assertThat(fk.deferrable()).isTrue();
            assertThat(fk.initiallyDeferred()).isTrue();
            assertThat(fk.notValid()).isFalse();
        });
        assertThat(table("public.order_note").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.onUpdate()).isEqualTo(ReferentialAction.SET_NULL);
            assertThat(fk.deferrable()).isFalse();
            assertThat(fk.notValid()).isTrue();
        });
        // PostgreSQL adds one hidden constraint per referenced partition; only the declared one is read
        assertThat(table("public.event_ref").foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("event_id", "event_at");
            assertThat(fk.referencedColumns()).containsExactly("id", "occurred_at");
        });
    }

    @Test
    void should_read_only_indexes_that_do_not_back_constraints() {
        Table orders = table("sales.orders");
        assertThat(orders.indexes()).extracting(i -> i.name().orElseThrow())
                .containsExactly("orders_open_idx", "orders_public_id_idx");
        Index open = orders.indexes().get(0);
        assertThat(open.table()).isEqualTo(QualifiedName.of("sales", "orders"));
        assertThat(open.unique()).isFalse();
        assertThat(open.method()).isEqualTo("btree");
        assertThat(open.keys()).containsExactly(new IndexKey("customer_id", false, "desc nulls last"),
                new IndexKey("amount * (2)::numeric", true, ""));
        assertThat(open.include()).containsExactly("amount", "status");
        assertThat(open.where()).contains("status <> 'cancelled'::sales.order_status");
        assertThat(orders.indexes().get(1).method()).isEqualTo("hash");
        Index lowerName = table("sales.customer").indexes().get(0);
        assertThat(table("sales.customer").indexes()).hasSize(1);
        assertThat(lowerName.unique()).isTrue();
        assertThat(lowerName.keys()).containsExactly(new IndexKey("lower((name)::text)", true, "text_pattern_ops"),
                IndexKey.column("created_at"));
        assertThat(lowerName.where()).isEmpty();
        assertThat(lowerName.nullsNotDistinct()).isFalse();
    }

    @Test
    void should_read_nulls_not_distinct_when_a_unique_index_declares_it() {
        assertThat(table("public.order_note").indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).contains("order_note_order_body_key");
            assertThat(i.unique()).isTrue();
            assertThat(i.nullsNotDistinct()).isTrue();
            assertThat(i.leadingColumns()).containsExactly("order_id", "body");
        });
    }

    @Test
    void should_read_enums_domains_sequences_views_and_extensions() {
        assertThat(model.enums()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo(QualifiedName.of("sales", "order_status"));
            assertThat(e.labels()).containsExactly("new", "paid", "shipped", "cancelled");
        });
        assertThat(model.domains()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo(QualifiedName.of("sales", "email"));
            assertThat(d.baseType().name()).isEqualTo("text");
            assertThat(d.notNull()).isTrue();
            assertThat(d.defaultExpression()).contains("'nobody@example.com'::text");
            assertThat(d.checks()).containsExactly("VALUE ~ '@'::text", "length(VALUE) <= 254");
        });
        assertThat(model.sequences()).extracting(s -> s.name().toString())
                .containsExactly("public.audit_base_id_seq", "public.ticket_seq", "sales.orders_id_seq");
        assertThat(model.sequences().get(1).type().name()).isEqualTo("integer");
        assertThat(model.sequences().get(1).ownedBy()).isEmpty();
        assertThat(model.sequences().get(2).ownedBy().orElseThrow().toString()).isEqualTo("sales.orders.id");
        assertThat(model.views()).extracting(v -> v.name().toString(), v -> v.materialized())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sales.paid_orders", false),
                        org.assertj.core.groups.Tuple.tuple("sales.revenue", true));
        assertThat(model.views().get(0).definition()).startsWith("SELECT id,").contains("FROM sales.orders")
                .doesNotEndWith(";");
        assertThat(model.views().get(0).comment()).contains("Orders paid");
        assertThat(model.extensions()).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("pgcrypto");
            assertThat(x.schema()).contains("public");
        });
        assertThat(model.comments()).isEmpty();
    }

    @Test
    void should_locate_every_object_at_the_url_without_credentials() {
        SourceLocation expected = SourceLocation.catalog(db.jdbcUrl());
        assertThat(model.tables()).allSatisfy(t -> {
            assertThat(t.location()).isEqualTo(expected);
            assertThat(t.columns()).allSatisfy(c -> assertThat(c.location()).isEqualTo(expected));
        });
        assertThat(expected.isTextual()).isFalse();
        assertThat(CatalogReader.label("jdbc:postgresql://db.example:5432/app?user=app&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db.example:5432/app");
        assertThat(CatalogReader.label("jdbc:postgresql://app:s3cret@db.example/app"))
                .isEqualTo("jdbc:postgresql://db.example/app");
    }

    @Test
    void should_read_the_same_model_twice_and_leave_session_as_it_was() throws SQLException {
        try (Connection c = db.connect()) {
            String searchPath = single(c, "SHOW search_path");
            SchemaModel again = new CatalogReader().read(c, db.jdbcUrl());
            assertThat(again).isEqualTo(model);
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(single(c, "SHOW search_path")).isEqualTo(searchPath);

            c.setAutoCommit(false);
            single(c, "SELECT set_config('search_path', 'sales, public', true)");
            assertThat(new CatalogReader().read(c, db.jdbcUrl()).tables()).hasSize(model.tables().size());
            assertThat(single(c, "SHOW search_path")).isEqualTo("sales, public");
            c.rollback();
        }
    }

    @Test
    void should_leave_out_objects_that_belong_to_an_extension() throws SQLException {
        // given: earthdistance creates the domain public.earth (and is not trusted, so the admin installs it)
        try (ThrowawayDatabase other = Sandbox.shared().newDatabase()) {
            try (Connection admin = other.adminConnection(); Statement st = admin.createStatement()) {
                st.execute("CREATE EXTENSION cube");
                st.execute("CREATE EXTENSION earthdistance");
            }
            other.run(List.of("CREATE DOMAIN positive AS integer CHECK (VALUE > 0)"));

            // when
            SchemaModel read;
            try (Connection c = other.connect()) {
                read = new CatalogReader().read(c);
            }

            // then
            assertThat(read.domains()).extracting(d -> d.name().name()).containsExactly("positive");
            assertThat(read.extensions()).extracting(x -> x.name()).containsExactly("cube", "earthdistance");
        }
    }

    private Table table(String name) {
        return model.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name));
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return Optional.ofNullable(rs.getString(1)).orElse("");
        }
    }
}
