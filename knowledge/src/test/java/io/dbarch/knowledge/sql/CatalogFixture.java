package io.dbarch.knowledge.sql;

import java.util.List;

/** A DDL script covering every model feature, split by hand into statements. */
final class CatalogFixture {

    static final List<String> DDL = List.of(
            "CREATE EXTENSION pgcrypto",
            "CREATE SCHEMA sales",
            "COMMENT ON SCHEMA sales IS 'Orders and customers'",
            "CREATE TYPE sales.order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled')",
            """
            CREATE DOMAIN sales.email AS text NOT NULL DEFAULT 'nobody@example.com'
                CONSTRAINT email_has_at CHECK (VALUE ~ '@')
                CONSTRAINT email_short CHECK (length(VALUE) <= 254)""",
            """
            CREATE TABLE sales.customer (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email sales.email,
                name varchar(200) COLLATE "C" NOT NULL,
                tags text[] DEFAULT '{}',
                grid integer[][],
                created_at timestamp(3) with time zone NOT NULL DEFAULT now(),
                CONSTRAINT customer_email_key UNIQUE NULLS NOT DISTINCT (email)
            ) WITH (fillfactor = 70)""",
            "COMMENT ON TABLE sales.customer IS 'People who buy'",
            "COMMENT ON COLUMN sales.customer.email IS 'Login address'",
            """
            CREATE TABLE sales.orders (
                id serial PRIMARY KEY,
                customer_id bigint NOT NULL,
                status sales.order_status NOT NULL DEFAULT 'new',
                amount numeric(12,2) NOT NULL CHECK (amount >= 0),
                tax numeric(12,2) GENERATED ALWAYS AS (amount * 0.2) STORED,
                public_id uuid NOT NULL DEFAULT gen_random_uuid(),
                CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES sales.customer (id)
                    ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
            )""",
            "ALTER TABLE sales.orders ADD CONSTRAINT orders_amount_small CHECK (amount < 1000000) NOT VALID",
            """
            CREATE INDEX orders_open_idx ON sales.orders (customer_id DESC NULLS LAST, (amount * 2))
                INCLUDE (amount, status) WHERE status <> 'cancelled'""",
            "CREATE INDEX orders_public_id_idx ON sales.orders USING hash (public_id)",
            "CREATE UNIQUE INDEX customer_lower_name_idx ON sales.customer (lower(name) text_pattern_ops, created_at)",
            """
            CREATE TABLE event (
                id bigint NOT NULL,
                occurred_at timestamptz NOT NULL,
                payload jsonb,
                PRIMARY KEY (id, occurred_at)
            ) PARTITION BY RANGE (occurred_at)""",
            "CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
            "CREATE TABLE event_default PARTITION OF event DEFAULT",
            "CREATE INDEX event_payload_idx ON event USING gin (payload jsonb_path_ops)",
            """
            CREATE TABLE event_ref (
                id int PRIMARY KEY, event_id bigint, event_at timestamptz,
                FOREIGN KEY (event_id, event_at) REFERENCES event (id, occurred_at)
            )""",
            """
            CREATE TABLE audit_base (
                id bigserial PRIMARY KEY,
                at timestamp without time zone DEFAULT now(),
                CONSTRAINT audit_base_id_positive CHECK (id > 0)
            )""",
            "CREATE TABLE audit_login (username text NOT NULL) INHERITS (audit_base)",
            "CREATE UNLOGGED TABLE cache_entry (key text PRIMARY KEY, value bytea, expires_at timestamptz)",
            "CREATE TABLE order_note (id int PRIMARY KEY, order_id int, body text)",
            "CREATE UNIQUE INDEX order_note_order_body_key ON order_note (order_id, body) NULLS NOT DISTINCT",
            """
            ALTER TABLE order_note ADD CONSTRAINT order_note_order_fk FOREIGN KEY (order_id)
                REFERENCES sales.orders (id) ON UPDATE SET NULL NOT VALID""",
            "CREATE TABLE booking (room int, during tstzrange, EXCLUDE USING gist (during WITH &&))",
            "CREATE SEQUENCE ticket_seq AS integer START 100",
            "CREATE VIEW sales.paid_orders AS SELECT id, amount FROM sales.orders WHERE status = 'paid'",
            "COMMENT ON VIEW sales.paid_orders IS 'Orders paid'",
            """
            CREATE MATERIALIZED VIEW sales.revenue AS
                SELECT customer_id, sum(amount) AS total FROM sales.orders GROUP BY customer_id""");

    private CatalogFixture() {
    }
}
