package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The app's database: a connection pool over {@link DatabaseConfig}, migrated by Flyway on open. Closing it
 * closes the pool (and, for H2, the database file).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final DatabaseConfig config;
    private final Jdbc jdbc;

    private Database(HikariDataSource pool, DatabaseConfig config) {
        this.pool = pool;
        this.config = config;
        this.jdbc = new Jdbc(pool);
    }

    /**
     * Opens the pool and applies pending migrations.
     *
     * @throws StorageException when the database cannot be reached or migrated; the message names the URL, not
     *                          the password
     */
    public static Database open(DatabaseConfig config, int maxConnections) {
        requireNonNull(config, "config");
        var hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(maxConnections);
        hikari.setPoolName("dbarch-db");
        hikari.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open the database " + config.safeUrl() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException("cannot migrate the database " + config.safeUrl() + ": " + rootMessage(e), e);
        }
        return new Database(pool, config);
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public DatabaseConfig config() {
        return config;
    }

    /** "up" with the product name, or "down" with the reason. */
    public Health health() {
        try (Connection c = pool.getConnection()) {
            boolean valid = c.isValid(2);
            return new Health(valid ? "up" : "down", c.getMetaData().getDatabaseProductName(), config.safeUrl());
        } catch (SQLException | RuntimeException e) {
            return new Health("down", rootMessage(e), config.safeUrl());
        }
    }

    /** The database's state for {@code /health}. */
    public record Health(String status, String detail, String url) {
    }

    @Override
    public void close() {
        pool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
