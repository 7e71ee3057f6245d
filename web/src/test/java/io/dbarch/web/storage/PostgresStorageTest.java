package io.dbarch.web.storage;

import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The storage contract on PostgreSQL 18 (the embedded sandbox), through a login role that owns nothing but the
 * right to create tables in the database's public schema, as a DBARCH_DB_USER would.
 */
class PostgresStorageTest extends StorageContract {

    private static final String PASSWORD = "pw-for-storage-test";
    private static ThrowawayDatabase sandbox;
    private static Database database;
    private static String role;

    @BeforeAll
    static void open() throws Exception {
        sandbox = Sandbox.shared().newDatabase();
        role = sandbox.name() + "_app";
        try (Connection admin = sandbox.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("GRANT CONNECT ON DATABASE " + sandbox.name() + " TO " + role);
            st.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + role);
        }
        database = Database.open(new DatabaseConfig(sandbox.jdbcUrl(), role, PASSWORD), 4);
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
        try (Connection admin = sandbox.adminConnection(); Statement st = admin.createStatement()) {
            st.execute("DROP OWNED BY " + role + " CASCADE");
            st.execute("REVOKE ALL ON DATABASE " + sandbox.name() + " FROM " + role);
            st.execute("DROP ROLE " + role);
        }
        sandbox.close();
    }

    @Override
    protected Jdbc jdbc() {
        return database.jdbc();
    }
}
