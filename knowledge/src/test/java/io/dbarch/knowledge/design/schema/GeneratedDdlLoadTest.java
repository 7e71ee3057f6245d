package io.dbarch.knowledge.design.schema;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.dbarch.knowledge.design.Samples;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated PostgreSQL DDL and GRANT script load into a real PostgreSQL 18 without error. */
class GeneratedDdlLoadTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_load_schema_and_grants_into_postgresql_18_when_generated_from_a_sample(String sample) throws Exception {
        // given
        var requirements = Samples.requirements(sample);
        var schema = new SchemaDesigner().design(requirements).data();
        String grants = new io.dbarch.knowledge.design.security.SecurityDesigner().design(requirements, schema).data().grantScript();

        // when / then
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            s.execute("DROP ROLE IF EXISTS migrator, app_rw, app_ro, analyst, auditor, eraser");
            assertThatCode(() -> s.execute(schema.postgresql())).doesNotThrowAnyException();
            assertThatCode(() -> s.execute(grants)).doesNotThrowAnyException();
        }
    }
}
