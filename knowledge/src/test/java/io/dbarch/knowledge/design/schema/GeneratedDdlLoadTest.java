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

/** The generated PostgreSQL DDL loads into a real PostgreSQL 18 without error. */
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
    void should_load_into_postgresql_18_when_generated_from_a_sample(String sample) throws Exception {
        // given
        String ddl = new SchemaDesigner().design(Samples.requirements(sample)).data().postgresql();

        // when / then
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            assertThatCode(() -> s.execute(ddl)).doesNotThrowAnyException();
        }
    }
}
