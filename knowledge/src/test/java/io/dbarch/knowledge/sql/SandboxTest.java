package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.knowledge.sql.ScriptRun.StatementOutcome;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private static final SandboxLimits ONE_SECOND = new SandboxLimits(Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void should_run_sql_as_non_superuser_owner_when_connected() throws SQLException {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(); Connection c = db.connect()) {
            // when
            String user = single(c, "SELECT current_user");
            String superuser = single(c, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user");
            String owner = single(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()");

            // then
            assertThat(user).isEqualTo(db.name()).isNotEqualTo("postgres");
            assertThat(superuser).isEqualTo("false");
            assertThat(owner).isEqualTo(user);
            assertThat(single(c, "SELECT version()")).startsWith("PostgreSQL 18.");
        }
    }

    @Test
    void should_refuse_copy_to_program_when_run_as_sandbox_role() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(List.of("COPY (SELECT 1) TO PROGRAM 'true'"));

            // then
            StatementOutcome outcome = run.outcome(0).orElseThrow();
            assertThat(outcome.ok()).isFalse();
            assertThat(outcome.sqlState()).contains("42501");
            assertThat(outcome.message().orElseThrow()).contains("pg_execute_server_program");
        }
    }

    @Test
    void should_allow_copy_to_program_only_when_superuser() throws SQLException {
        // given: the same statement on the trusted admin session (proves the refusal above comes from the role)
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(); Connection admin = db.adminConnection();
             Statement st = admin.createStatement()) {
            // when
            st.execute("COPY (SELECT 1) TO PROGRAM 'cat > /dev/null'"); // reads its input: no broken pipe

            // then
            assertThat(st.getUpdateCount()).isEqualTo(1);
        }
    }

    @Test
    void should_require_password_when_connecting_as_superuser() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when / then
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl() + "?user=postgres").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl() + "?user=" + db.name()).close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }

    @Test
    void should_accept_only_scram_passwords_and_no_unix_socket_when_started() throws SQLException {
        // given
        try (Connection admin = Sandbox.shared().adminConnection("postgres")) {
            // when
            String methods = single(admin, "SELECT string_agg(DISTINCT auth_method, ',') FROM pg_hba_file_rules");
            String sockets = single(admin, "SHOW unix_socket_directories");

            // then
            assertThat(methods).isEqualTo("scram-sha-256");
            assertThat(sockets).isEmpty();
        }
    }

    @Test
    void should_keep_shared_sandbox_running_when_someone_closes_it() throws SQLException {
        // given
        Sandbox shared = Sandbox.shared();

        // when
        shared.close();

        // then
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(); Connection c = db.connect()) {
            assertThat(single(c, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void should_stop_own_sandbox_when_closed() {
        // given
        Sandbox own = Sandbox.start(SandboxLimits.defaults());
        ThrowawayDatabase db = own.newDatabase();

        // when
        own.close();

        // then
        assertThatThrownBy(own::newDatabase).isInstanceOf(SandboxException.class).hasMessageContaining("closed");
        assertThatThrownBy(db::connect).isInstanceOf(SandboxException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "x").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Connection");
    }

    @Test
    void should_cancel_statement_when_statement_timeout_expires() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(ONE_SECOND)) {
            // when
            long start = System.nanoTime();
            ScriptRun run = db.run(List.of("SELECT pg_sleep(60)", "SELECT 1"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // then
            assertThat(run.outcome(0).orElseThrow().sqlState()).contains("57014");
            assertThat(run.outcome(0).orElseThrow().message().orElseThrow()).contains("statement timeout");
            assertThat(run.outcome(1).orElseThrow().ok()).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void should_cancel_statement_when_script_lifts_statement_timeout() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(ONE_SECOND)) {
            // when
            long start = System.nanoTime();
            ScriptRun run = db.run(List.of("SET statement_timeout = 0", "SELECT pg_sleep(60)"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // then
            assertThat(run.outcome(0).orElseThrow().ok()).isTrue();
            assertThat(run.outcome(1).orElseThrow().sqlState()).contains("57014");
            assertThat(took).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void should_keep_memory_bounded_when_sql_floods_notices() throws InterruptedException {
        // given: a loop raising notices until the 2 s timeout; the driver would keep every one of them
        var limits = new SandboxLimits(Duration.ofSeconds(2), Duration.ofSeconds(1));
        Runtime runtime = Runtime.getRuntime();
        var maxRetained = new java.util.concurrent.atomic.AtomicLong();
        Thread monitor = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                maxRetained.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase(limits)) {
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            monitor.start();

            // when
            ScriptRun run = db.run(List.of("SET client_min_messages = notice",
                    "DO $$ BEGIN LOOP RAISE NOTICE 'notice text that fills memory when kept'; END LOOP; END $$"));
            monitor.interrupt();
            monitor.join();

            // then (without draining, about 400 MB stay reachable after two seconds)
            assertThat(run.outcome(1).orElseThrow().sqlState()).contains("57014");
            assertThat(maxRetained.get() - before).isLessThan(150L * 1024 * 1024);
        }
    }

    @Test
    void should_report_failing_statement_with_index_and_go_on_when_script_has_error() throws SQLException {
        // given
        List<String> script = List.of(
                "CREATE TABLE t (id int PRIMARY KEY)",
                "INSERT INTO missing VALUES (1)",
                "   ",
                "INSERT INTO t VALUES (1)");
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(script);

            // then
            assertThat(run.outcomes()).extracting(StatementOutcome::index).containsExactly(0, 1, 3);
            assertThat(run.succeeded()).isFalse();
            assertThat(run.failures()).singleElement().satisfies(f -> {
                assertThat(f.index()).isEqualTo(1);
                assertThat(f.sqlState()).contains("42P01");
                assertThat(f.describe()).isEqualTo("statement 2: ERROR 42P01: relation \"missing\" does not exist");
            });
            try (Connection c = db.connect()) {
                assertThat(single(c, "SELECT count(*) FROM t")).isEqualTo("1");
            }
        }
    }

    @Test
    void should_skip_a_client_encoding_change_and_keep_the_session_when_a_dump_sets_one() throws SQLException {
        // given: pg_dump output of a LATIN1 database, already decoded to text
        List<String> script = List.of(
                "SET client_encoding = 'LATIN1'",
                "CREATE TABLE t (name text)",
                "INSERT INTO t VALUES ('\u00c5sa')");
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(script);

            // then
            assertThat(run.succeeded()).isTrue();
            assertThat(run.outcome(0).orElseThrow().message()).hasValueSatisfying(m -> assertThat(m).startsWith("skipped"));
            try (Connection c = db.connect()) {
                assertThat(single(c, "SELECT name FROM t")).isEqualTo("\u00c5sa");
            }
        }
    }

    @Test
    void should_run_other_session_settings_when_a_script_sets_them() throws SQLException {
        // given
        List<String> script = List.of("CREATE SCHEMA s", "SET search_path = s", "CREATE TABLE t (id int)");
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(script);

            // then
            assertThat(run.succeeded()).isTrue();
            assertThat(run.outcomes()).allSatisfy(o -> assertThat(o.message()).isEmpty());
            try (Connection c = db.connect()) {
                assertThat(single(c, "SELECT table_schema FROM information_schema.tables WHERE table_name = 't'"))
                        .isEqualTo("s");
            }
        }
    }

    @Test
    void should_report_every_statement_ok_when_script_is_valid() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(List.of("CREATE SCHEMA s", "CREATE TABLE s.t (id int)", "SELECT * FROM s.t"));

            // then
            assertThat(run.succeeded()).isTrue();
            assertThat(run.outcomes()).hasSize(3).allSatisfy(o -> assertThat(o.message()).isEmpty());
        }
    }

    @Test
    void should_go_on_in_new_session_when_session_is_terminated() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(List.of("SELECT pg_terminate_backend(pg_backend_pid())", "SELECT 1"));

            // then
            assertThat(run.outcome(0).orElseThrow().ok()).isFalse();
            assertThat(run.outcome(1).orElseThrow().ok()).isTrue();
        }
    }

    @Test
    void should_create_trusted_extensions_when_database_owner() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(List.of("CREATE EXTENSION pgcrypto", "CREATE EXTENSION citext",
                    "CREATE EXTENSION pg_trgm", "CREATE EXTENSION btree_gist", "CREATE EXTENSION \"uuid-ossp\"",
                    "CREATE EXTENSION hstore", "SELECT gen_random_bytes(4)"));

            // then
            assertThat(run.failures()).isEmpty();
        }
    }

    @Test
    void should_refuse_untrusted_extension_when_database_owner() {
        // given
        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(List.of("CREATE EXTENSION dblink"));

            // then
            assertThat(run.outcome(0).orElseThrow().sqlState()).contains("42501");
        }
    }

    @Test
    void should_drop_database_and_role_when_closed() throws SQLException {
        // given
        ThrowawayDatabase db = Sandbox.shared().newDatabase();
        db.run(List.of("CREATE TABLE t (id int)"));

        // when
        db.close();

        // then
        try (Connection admin = Sandbox.shared().adminConnection("postgres")) {
            assertThat(single(admin, "SELECT count(*) FROM pg_database WHERE datname = '" + db.name() + "'"))
                    .isEqualTo("0");
            assertThat(single(admin, "SELECT count(*) FROM pg_roles WHERE rolname = '" + db.name() + "'"))
                    .isEqualTo("0");
        }
        assertThatThrownBy(db::connect).isInstanceOf(SandboxException.class).hasMessageContaining("closed");
        db.close();
    }

    @Test
    void should_isolate_databases_when_two_are_open() throws SQLException {
        // given
        try (ThrowawayDatabase a = Sandbox.shared().newDatabase(); ThrowawayDatabase b = Sandbox.shared().newDatabase()) {
            a.run(List.of("CREATE TABLE only_in_a (id int)"));

            // when
            ScriptRun inB = b.run(List.of("SELECT * FROM only_in_a"));

            // then
            assertThat(inB.outcome(0).orElseThrow().sqlState()).contains("42P01");
            try (Connection c = a.connect()) {
                assertThat(single(c, "SELECT has_database_privilege('" + b.name() + "', 'CONNECT')::text"))
                        .isEqualTo("false");
                assertThat(single(c, "SELECT has_database_privilege('" + a.name() + "', 'CONNECT')::text"))
                        .isEqualTo("true");
            }
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
