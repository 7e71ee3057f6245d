package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.CatalogReader;
import io.dbarch.knowledge.sql.ReadResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the schema of a live PostgreSQL database for {@code dbarch inspect jdbc:postgresql://…}: one read-only
 * session with connect and socket timeouts. Credentials come from the URL's {@code user}/{@code password}
 * parameters or, as with psql, from {@code PGUSER}/{@code PGPASSWORD}. The URL is never echoed (it may hold a
 * password); errors name the database only by the label {@link CatalogReader#label} gives.
 */
final class LiveCatalog {

    private final Map<String, String> env;

    LiveCatalog(Map<String, String> env) {
        this.env = requireNonNull(env, "env");
    }

    static boolean isJdbcUrl(String input) {
        return input.toLowerCase(Locale.ROOT).startsWith("jdbc:");
    }

    ReadResult read(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            throw new UsageException("only jdbc:postgresql: URLs can be inspected live; export other databases'"
                    + " schemas to a .sql file and inspect the file");
        }
        String label = CatalogReader.label(url);
        try (Connection connection = DriverManager.getConnection(url, properties(url))) {
            SchemaModel model = new CatalogReader().read(connection, label);
            return new ReadResult(model, List.of(), List.of());
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UsageException("cannot read the catalog of " + label + ": " + reason.replace(url, label)
                    + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"));
        }
    }

    private Properties properties(String url) {
        Properties p = new Properties();
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        if (!query.contains("user=") && env.containsKey("PGUSER")) {
            p.setProperty("user", env.get("PGUSER"));
        }
        if (!query.contains("password=") && env.containsKey("PGPASSWORD")) {
            p.setProperty("password", env.get("PGPASSWORD"));
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "300");
        p.setProperty("readOnly", "true");
        p.setProperty("ApplicationName", "dbarch inspect");
        return p;
    }
}
