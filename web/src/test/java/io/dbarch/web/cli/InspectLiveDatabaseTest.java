package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dbarch inspect jdbc:postgresql://…} against a real PostgreSQL (the embedded sandbox). */
class InspectLiveDatabaseTest {

    @Test
    void should_read_the_live_catalog_without_echoing_credentials_when_given_a_jdbc_url() throws Exception {
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // given: a schema, and a login role whose password comes from PGPASSWORD
            db.run(List.of("CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL)",
                    "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id))"));
            String role = db.name() + "_inspector";
            try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
                st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-for-test-only'");
                st.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + role);
                st.execute("GRANT USAGE ON SCHEMA public TO " + role);
            }
            try {
                // when
                CliRun run = CliRun.of(Map.of("PGUSER", role, "PGPASSWORD", "pw-for-test-only"),
                        "inspect", db.jdbcUrl());

                // then
                assertThat(run.err()).isEmpty();
                assertThat(run.exitCode()).isZero();
                assertThat(run.out()).startsWith("Read " + db.jdbcUrl() + " as postgresql")
                        .containsPattern("(?m)^  tables +2$").containsPattern("(?m)^  foreign keys +1$")
                        .doesNotContain("pw-for-test-only");
            } finally {
                try (Connection admin = db.adminConnection(); Statement st = admin.createStatement()) {
                    st.execute("REVOKE ALL ON SCHEMA public FROM " + role);
                    st.execute("REVOKE ALL ON DATABASE " + db.name() + " FROM " + role);
                    st.execute("DROP ROLE " + role);
                }
            }
        }
    }
}
