package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresDdlReaderTest {

    private static ReadResult read(String sql) {
        return new DdlReader().read(List.of(SourceText.of("schema.sql", sql)), Optional.of(Dialect.POSTGRESQL));
    }

    private static Table table(SchemaModel model, String name) {
        return model.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name));
    }

    @Test
    void should_read_columns_with_types_defaults_identity_and_generation() {
        // given
        ReadResult result = read("""
                CREATE TABLE Shop.Orders (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    code varchar(20) NOT NULL DEFAULT 'x' COLLATE "C",
                    total numeric(12,2) DEFAULT 0 CHECK (total >= 0),
                    placed_at timestamptz NOT NULL DEFAULT now(),
                    shipped timestamp(3),
                    tags text[] DEFAULT '{}'::text[],
                    legacy serial,
                    cents int GENERATED ALWAYS AS ((total * 100)::int) STORED,
                    "Quoted Name" double precision,
                    doc json,
                    span interval,
                    custom "MyType"
                );
                """);
        // when
        Table orders = table(result.model(), "shop.orders");
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(column(orders, "id").identity()).isEqualTo(Identity.ALWAYS);
        assertThat(column(orders, "id").nullable()).isFalse();
        assertThat(column(orders, "code").type().normalized()).isEqualTo("character varying(20)");
        assertThat(column(orders, "code").defaultExpression()).contains("'x'");
        assertThat(column(orders, "code").collation()).contains("C");
        assertThat(column(orders, "total").type().modifiers()).containsExactly("12", "2");
        assertThat(column(orders, "placed_at").type().normalized()).isEqualTo("timestamp with time zone");
        assertThat(column(orders, "shipped").type().normalized()).isEqualTo("timestamp(3) without time zone");
        assertThat(column(orders, "tags").type().arrayDimensions()).isEqualTo(1);
        assertThat(column(orders, "tags").defaultExpression()).contains("'{}'::text[]");
        assertThat(column(orders, "legacy").serial()).isTrue();
        assertThat(column(orders, "legacy").type().normalized()).isEqualTo("integer");
        assertThat(column(orders, "legacy").defaultExpression()).contains("nextval('shop.orders_legacy_seq'::regclass)");
        assertThat(column(orders, "cents").generatedExpression()).contains("(total * 100)::int");
        assertThat(column(orders, "Quoted Name").type().normalized()).isEqualTo("double precision");
        assertThat(column(orders, "doc").type().normalized()).isEqualTo("json");
        assertThat(column(orders, "span").type().normalized()).isEqualTo("interval");
        assertThat(column(orders, "custom").type().normalized()).isEqualTo("\"MyType\"");
        assertThat(orders.checks()).singleElement().satisfies(c -> assertThat(c.column()).contains("total"));
        assertThat(result.model().sequences()).extracting(s -> s.name().toString()).contains("shop.orders_legacy_seq");
    }

    @Test
    void should_read_foreign_keys_with_actions_deferrability_and_not_valid() {
        // given
        ReadResult result = read("""
                CREATE TABLE customer (id bigint PRIMARY KEY);
                CREATE TABLE orders (
                    id bigint PRIMARY KEY,
                    customer_id bigint REFERENCES customer ON DELETE CASCADE,
                    parent_id bigint,
                    CONSTRAINT orders_parent_fk FOREIGN KEY (parent_id) REFERENCES orders (id)
                        ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
                );
                ALTER TABLE orders ADD CONSTRAINT orders_customer_chk CHECK (customer_id > 0) NOT VALID;
                """);
        // when
        Table orders = table(result.model(), "orders");
        ForeignKey inline = orders.foreignKeys().get(0);
        ForeignKey named = orders.foreignKeys().get(1);
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(inline.referencedTable().toString()).isEqualTo("public.customer");
        assertThat(inline.referencedColumns()).isEmpty();
        assertThat(inline.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(named.name()).contains("orders_parent_fk");
        assertThat(named.onUpdate()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(named.deferrable()).isTrue();
        assertThat(named.initiallyDeferred()).isTrue();
        assertThat(orders.checks()).singleElement().satisfies(c -> assertThat(c.notValid()).isTrue());
    }

    @Test
    void should_read_indexes_with_method_include_predicate_and_concurrently() {
        // given
        ReadResult result = read("""
                CREATE TABLE users (id bigint, email text, org_id bigint, deleted_at timestamptz, doc jsonb);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_uq ON ONLY public.users
                    USING btree (lower(email)) INCLUDE (org_id) WHERE deleted_at IS NULL;
                CREATE INDEX ON users USING gin (doc jsonb_path_ops);
                CREATE INDEX users_org_idx ON users (org_id DESC NULLS LAST, id);
                """);
        // when
        List<Index> indexes = table(result.model(), "users").indexes();
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(indexes).hasSize(3);
        Index unique = indexes.get(0);
        assertThat(unique.unique()).isTrue();
        assertThat(unique.concurrently()).isTrue();
        assertThat(unique.keys().get(0).expression()).isTrue();
        assertThat(unique.keys().get(0).text()).isEqualTo("lower(email)");
        assertThat(unique.include()).containsExactly("org_id");
        assertThat(unique.where()).contains("deleted_at IS NULL");
        assertThat(indexes.get(1).name()).isEmpty();
        assertThat(indexes.get(1).method()).isEqualTo("gin");
        assertThat(indexes.get(1).keys().get(0).options()).isEqualTo("jsonb_path_ops");
        assertThat(indexes.get(2).keys().get(0).descending()).isTrue();
        assertThat(indexes.get(2).leadingColumns()).containsExactly("org_id", "id");
    }

    @Test
    void should_read_nulls_not_distinct_when_a_unique_index_declares_it_before_its_storage_options() {
        // given
        ReadResult result = read("""
                CREATE TABLE users (id bigint, org_id bigint, email text, deleted_at timestamptz);
                CREATE UNIQUE INDEX users_org_email_uq ON users (org_id, email) INCLUDE (id) NULLS NOT DISTINCT
                    WITH (fillfactor = 80) TABLESPACE pg_default WHERE deleted_at IS NULL;
                CREATE UNIQUE INDEX users_email_uq ON users (email) NULLS DISTINCT;
                CREATE UNIQUE INDEX users_id_uq ON users (id);
                CREATE INDEX users_org_idx ON users (org_id) NULLS NOT DISTINCT;
                """);

        // when
        List<Index> indexes = table(result.model(), "users").indexes();

        // then: the clause means something on a unique index only
        assertThat(result.diagnostics()).isEmpty();
        assertThat(indexes).extracting(i -> i.name().orElseThrow() + " " + i.nullsNotDistinct()).containsExactly(
                "users_org_email_uq true", "users_email_uq false", "users_id_uq false", "users_org_idx false");
        assertThat(indexes.get(0).include()).containsExactly("id");
        assertThat(indexes.get(0).where()).contains("deleted_at IS NULL");
    }

    @Test
    void should_report_the_clauses_it_expects_when_an_index_tail_is_unknown() {
        // given
        ReadResult result = read("""
                CREATE TABLE users (id bigint, email text);
                CREATE UNIQUE INDEX users_email_uq ON users (email) NULLS SOMETIMES DISTINCT;
                """);

        // when / then
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.asLine()).contains("NULLS [NOT] DISTINCT"));
    }

    @Test
    void should_read_partitions_inheritance_unlogged_and_storage_options() {
        // given
        ReadResult result = read("""
                CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE events_2026 (id bigint NOT NULL, at timestamptz NOT NULL);
                ALTER TABLE ONLY events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE UNLOGGED TABLE cache (k text) WITH (fillfactor=70);
                CREATE TABLE base (id int, note text);
                CREATE TABLE child (extra int) INHERITS (base);
                """);
        SchemaModel model = result.model();
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(table(model, "events").partitioning()).hasValueSatisfying(p -> {
            assertThat(p.strategy()).isEqualTo("range");
            assertThat(p.key()).isEqualTo("at");
        });
        assertThat(table(model, "events_2025").partitionOf()).hasValueSatisfying(p ->
                assertThat(p.bound()).isEqualTo("FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"));
        assertThat(table(model, "events_2025").columns()).extracting(Column::name).containsExactly("id", "at");
        assertThat(table(model, "events_2026").partitionOf()).isPresent();
        assertThat(table(model, "cache").unlogged()).isTrue();
        assertThat(table(model, "cache").options()).containsEntry("fillfactor", "70");
        assertThat(table(model, "child").columns()).extracting(Column::name).containsExactly("id", "note", "extra");
    }

    @Test
    void should_apply_alter_table_actions_in_order() {
        // given
        ReadResult result = read("""
                CREATE TABLE accounts (id int, full_name text, legacy text, age int);
                ALTER TABLE accounts ADD COLUMN IF NOT EXISTS email text NOT NULL DEFAULT '',
                    DROP COLUMN legacy, ALTER COLUMN age TYPE bigint USING age::bigint,
                    ALTER COLUMN age SET DEFAULT 0, ALTER COLUMN full_name SET NOT NULL;
                ALTER TABLE accounts RENAME COLUMN full_name TO display_name;
                ALTER TABLE accounts ADD PRIMARY KEY (id);
                CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
                ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;
                ALTER TABLE accounts RENAME TO users;
                ALTER TABLE users OWNER TO app;
                """);
        // when
        Table users = table(result.model(), "users");
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().table("accounts")).isEmpty();
        assertThat(users.columns()).extracting(Column::name).containsExactly("id", "display_name", "age", "email");
        assertThat(column(users, "age").type().normalized()).isEqualTo("bigint");
        assertThat(column(users, "age").defaultExpression()).contains("0");
        assertThat(column(users, "display_name").nullable()).isFalse();
        assertThat(column(users, "id").nullable()).isFalse();
        assertThat(users.indexes()).isEmpty();
        assertThat(users.uniqueConstraints()).singleElement().satisfies(u ->
                assertThat(u.columns()).containsExactly("email"));
        assertThat(result.statements().get(7).ddl()).hasValueSatisfying(d ->
                assertThat(((DdlStatement.AlterTable) d).actions().get(0)).isInstanceOf(AlterAction.Other.class));
    }

    @Test
    void should_drop_a_constraint_by_the_name_postgresql_generated() {
        // given
        ReadResult result = read("""
                CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES a (id), code text UNIQUE);
                ALTER TABLE a DROP CONSTRAINT a_b_id_fkey, DROP CONSTRAINT a_code_key;
                ALTER TABLE a DROP CONSTRAINT IF EXISTS a_pkey;
                """);
        // when
        Table a = table(result.model(), "a");
        // then
        assertThat(a.foreignKeys()).isEmpty();
        assertThat(a.uniqueConstraints()).isEmpty();
        assertThat(a.primaryKey()).isEmpty();
    }

    @Test
    void should_read_types_domains_sequences_views_comments_extensions_and_schemas() {
        // given
        ReadResult result = read("""
                CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
                CREATE SCHEMA billing;
                SET search_path = billing, public;
                CREATE TYPE status AS ENUM ('new', 'paid');
                ALTER TYPE status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
                ALTER TYPE status ADD VALUE 'draft' BEFORE 'new';
                CREATE DOMAIN cents AS bigint NOT NULL DEFAULT 0 CHECK (VALUE >= 0);
                CREATE TABLE invoice (id int, amount cents, state status);
                CREATE SEQUENCE invoice_no_seq AS integer START WITH 1000 OWNED BY invoice.id;
                CREATE OR REPLACE VIEW open_invoices AS SELECT * FROM invoice WHERE state = 'new';
                CREATE MATERIALIZED VIEW totals AS SELECT sum(amount) FROM invoice WITH NO DATA;
                COMMENT ON TABLE invoice IS 'Bills we send';
                COMMENT ON COLUMN billing.invoice.amount IS 'In cents';
                COMMENT ON INDEX some_idx IS 'kept';
                """);
        SchemaModel model = result.model();
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(model.extensions()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("pgcrypto"));
        assertThat(model.schemas()).extracting(s -> s.name()).containsExactly("billing");
        assertThat(model.enums()).singleElement().satisfies(e -> {
            assertThat(e.name().toString()).isEqualTo("billing.status");
            assertThat(e.labels()).containsExactly("draft", "new", "paid", "refunded");
        });
        assertThat(model.domains()).singleElement().satisfies(d -> {
            assertThat(d.notNull()).isTrue();
            assertThat(d.checks()).containsExactly("VALUE >= 0");
        });
        Table invoice = table(model, "billing.invoice");
        assertThat(invoice.comment()).contains("Bills we send");
        assertThat(column(invoice, "amount").comment()).contains("In cents");
        assertThat(column(invoice, "amount").type().normalized()).isEqualTo("cents");
        assertThat(model.sequences()).singleElement().satisfies(s -> {
            assertThat(s.type().normalized()).isEqualTo("integer");
            assertThat(s.ownedBy()).hasValueSatisfying(o -> assertThat(o.toString()).isEqualTo("billing.invoice.id"));
        });
        assertThat(model.views()).extracting(v -> v.name().name() + ":" + v.materialized())
                .containsExactly("open_invoices:false", "totals:true");
        assertThat(model.views().get(1).definition()).isEqualTo("SELECT sum(amount) FROM invoice");
        assertThat(model.comments()).singleElement().satisfies(c -> assertThat(c.objectKind()).isEqualTo("index"));
    }

    @Test
    void should_classify_and_keep_statements_that_define_no_schema() {
        // given
        ReadResult result = read("""
                BEGIN;
                SET lock_timeout = '2s';
                INSERT INTO t VALUES (1);
                GRANT SELECT ON t TO reporting;
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
                DO $$ BEGIN PERFORM 1; END $$;
                COMMIT;
                """);
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.statements()).extracting(SqlStatement::kind).containsExactly(StatementKind.TRANSACTION,
                StatementKind.SET, StatementKind.INSERT, StatementKind.GRANT, StatementKind.CREATE_FUNCTION,
                StatementKind.CREATE_TRIGGER, StatementKind.DO_BLOCK, StatementKind.TRANSACTION);
        assertThat(result.statements().get(2).location().line()).isEqualTo(3);
    }

    @Test
    void should_report_a_diagnostic_and_continue_when_a_statement_is_not_understood() {
        // given
        ReadResult result = read("""
                CREATE TABLE ok1 (id int);
                CREATE TABLE broken (id int,, name text);
                CREATE TABLE ok2 (id int);
                """);
        // then
        assertThat(result.model().tables()).extracting(t -> t.name().name()).containsExactly("ok1", "ok2");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.statementKind()).isEqualTo("CREATE TABLE");
            assertThat(d.message()).contains("expected a name at 2:29, found ','");
        });
        assertThat(result.statements().get(1).understood()).isFalse();
    }

    @Test
    void should_create_the_elements_of_create_schema_in_that_schema() {
        // when
        ReadResult result = read("""
                CREATE SCHEMA Person
                  CREATE TABLE BusinessEntity (BusinessEntityID SERIAL, ModifiedDate TIMESTAMP NOT NULL)
                  CREATE VIEW vEntity AS SELECT * FROM BusinessEntity
                  GRANT SELECT ON BusinessEntity TO reporting;
                CREATE TABLE outside (id int);
                """);
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().tables()).extracting(t -> t.name().toString())
                .containsExactly("person.businessentity", "public.outside");
        assertThat(result.model().views()).extracting(v -> v.name().toString()).containsExactly("person.ventity");
    }
}
