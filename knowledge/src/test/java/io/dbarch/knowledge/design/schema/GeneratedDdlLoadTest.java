package io.dbarch.knowledge.design.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.dbarch.knowledge.design.Samples;
import io.dbarch.knowledge.design.security.SecurityDesigner;
import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated PostgreSQL DDL loads in the sandbox (PostgreSQL 18) as the database's non-superuser owner, and the
 * load-test scripts plan against it, and the generated GRANT script (which creates roles, so it runs as the sandbox
 * administrator) applies on top of it.
 */
class GeneratedDdlLoadTest {

    /** The load-test scripts of the design, written for this schema. */
    private static java.util.Map<String, String> pgbench(io.dbarch.knowledge.design.Requirements r, SchemaDesign schema) {
        return new io.dbarch.knowledge.design.runbooks.RunbookWriter().write(r, schema,
                new io.dbarch.knowledge.design.hadr.HaDrDesigner().design(r).data(),
                new io.dbarch.knowledge.design.capacity.CapacityPlanner().plan(r).data()).data().pgbenchScripts();
    }

    /** A pgbench script's SQL with variables bound to 1; statements other than set_config are planned, not run. */
    private static java.util.List<String> executable(String script) {
        return script.lines().filter(l -> !l.startsWith("\\") && !l.startsWith("--") && !l.isBlank())
                .filter(l -> !l.equals("BEGIN;") && !l.equals("END;"))
                .map(l -> l.replaceAll("(?<!:):([a-z_]+)", "1"))
                .map(l -> l.startsWith("SELECT set_config") ? l : "EXPLAIN " + l).toList();
    }

    private static final String ROLES = "migrator, app_rw, app_ro, analyst, auditor, eraser";

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_load_schema_and_grants_in_the_sandbox_when_generated_from_a_sample(String sample) throws Exception {
        // given
        var requirements = Samples.requirements(sample);
        SchemaDesign schema = new SchemaDesigner().design(requirements).data();
        String grants = new SecurityDesigner().design(requirements, schema).data().grantScript();

        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when / then
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThatCode(() -> s.execute(schema.postgresql())).doesNotThrowAnyException();
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(schema.tables().size());
                }
            }
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (var script : pgbench(requirements, schema).entrySet()) {
                    for (String sql : executable(script.getValue())) {
                        assertThatCode(() -> s.execute(sql)).as(script.getKey() + ": " + sql).doesNotThrowAnyException();
                    }
                }
            }
            try (Connection admin = db.adminConnection(); Statement s = admin.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + ROLES);
                try {
                    assertThatCode(() -> s.execute(grants)).doesNotThrowAnyException();
                } finally {
                    s.execute("REASSIGN OWNED BY migrator TO " + db.name());
                    for (String role : ROLES.split(", ")) {
                        if (!role.equals("eraser") || grants.contains("CREATE ROLE eraser")) {
                            s.execute("DROP OWNED BY " + role);
                        }
                    }
                    s.execute("DROP ROLE IF EXISTS " + ROLES);
                }
            }
        }
    }
}
