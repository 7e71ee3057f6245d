package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.sql.Sandbox;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies a sandbox database into a new throwaway one (CREATE DATABASE … TEMPLATE) and hands its objects to the
 * new database's role. Trusted test code: it uses superuser sessions, and never runs SQL from the corpus in them.
 */
final class DatabaseClone {

    private final Sandbox sandbox;
    private final ThrowawayDatabase holder;

    /** @param holder a database whose superuser session runs CREATE DATABASE (it must not be the source) */
    DatabaseClone(Sandbox sandbox, ThrowawayDatabase holder) {
        this.sandbox = sandbox;
        this.holder = holder;
    }

    ThrowawayDatabase copy(ThrowawayDatabase source) throws SQLException {
        ThrowawayDatabase clone = sandbox.newDatabase();
        try {
            try (Connection admin = holder.adminConnection(); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE " + clone.name() + " WITH (FORCE)");
                st.execute("CREATE DATABASE " + clone.name() + " OWNER " + clone.name() + " TEMPLATE " + source.name()
                        + " STRATEGY FILE_COPY");
                st.execute("REVOKE ALL ON DATABASE " + clone.name() + " FROM PUBLIC");
            }
            try (Connection admin = clone.adminConnection(); Statement st = admin.createStatement()) {
                st.execute("REASSIGN OWNED BY " + source.name() + " TO " + clone.name());
                // REASSIGN OWNED also hands over the source database itself: give it back
                st.execute("ALTER DATABASE " + source.name() + " OWNER TO " + source.name());
            }
            return clone;
        } catch (SQLException | RuntimeException e) {
            clone.close();
            throw e;
        }
    }
}
