package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the data lives: {@code DBARCH_DB_URL} (with {@code DBARCH_DB_USER} and {@code DBARCH_DB_PASSWORD}) for
 * PostgreSQL, otherwise an embedded H2 file under {@code ./data}. The password is never part of {@link #toString()}.
 */
public record DatabaseConfig(String url, String user, String password) {

    public static final String URL = "DBARCH_DB_URL";
    public static final String USER = "DBARCH_DB_USER";
    public static final String PASSWORD = "DBARCH_DB_PASSWORD";

    public DatabaseConfig {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL + " must be a jdbc:postgresql://host:port/db URL (or jdbc:h2:…)");
        }
    }

    /** The configuration in {@code env}; the H2 file lives under {@code dataDir} when no URL is set. */
    public static DatabaseConfig fromEnvironment(Map<String, String> env, Path dataDir) {
        String url = env.getOrDefault(URL, "").trim();
        if (url.isEmpty()) {
            return h2File(dataDir.resolve("dbarch"));
        }
        return new DatabaseConfig(url, env.getOrDefault(USER, ""), env.getOrDefault(PASSWORD, ""));
    }

    /**
     * An embedded H2 database in {@code file} (without extension). Commits reach the file at once
     * ({@code WRITE_DELAY=0}), so a killed process loses no acknowledged write; the app closes the database itself.
     */
    public static DatabaseConfig h2File(Path file) {
        return new DatabaseConfig("jdbc:h2:file:" + file.toAbsolutePath().normalize()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** A private in-memory H2 database, for tests. */
    public static DatabaseConfig h2Memory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without parameters that could carry credentials. */
    public String safeUrl() {
        int cut = url.indexOf(isH2() ? ';' : '?');
        return cut < 0 ? url : url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + safeUrl() + ", user=" + user + "]";
    }
}
