package io.dbarch.knowledge.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.UUID;

/**
 * The embedded PostgreSQL server. Password authentication is on from the first moment: initdb gets the superuser
 * password from a private file ({@code --pwfile}, deleted right after) and {@code --auth=scram-sha-256} (both
 * passed through zonky's locale options, which become {@code --key=value} initdb arguments after its own
 * {@code -A trust}). No Unix socket is opened. As root, zonky runs initdb and postgres in a user namespace
 * ({@code unshare -U}), where they accept to run.
 */
final class SandboxServer {

    private static final String SUPERUSER = "postgres";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedPostgres postgres;
    private final String superuserPassword;

    private SandboxServer(EmbeddedPostgres postgres, String superuserPassword) {
        this.postgres = postgres;
        this.superuserPassword = superuserPassword;
    }

    /** Starts the server and prepares {@code template}, the empty database every sandbox database is cloned from. */
    static SandboxServer start(String template) {
        SandboxServer server = startServer();
        try (Connection admin = server.admin("postgres"); Statement st = admin.createStatement()) {
            st.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC");
            st.execute("CREATE DATABASE " + template + " TEMPLATE template0 ENCODING 'UTF8'"
                    + " LOCALE_PROVIDER builtin BUILTIN_LOCALE 'C.UTF-8'");
            st.execute("ALTER DATABASE " + template + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
            return server;
        } catch (SQLException e) {
            server.stopQuietly();
            throw new SandboxException("could not prepare the sandbox template database: " + e.getMessage(), e);
        }
    }

    private static SandboxServer startServer() {
        String password = randomHex(24);
        Path passwordFile = null;
        try {
            passwordFile = Files.createTempFile("dbarch-sandbox-", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            return new SandboxServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("temp_file_limit", "1GB")
                    .setServerConfig("log_min_messages", "fatal")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_statement", "none")
                    .start(), password);
        } catch (IOException | RuntimeException e) {
            throw new SandboxException("could not start the embedded PostgreSQL sandbox: " + e.getMessage(), e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /**
     * A new directory under zonky's working directory: there, the next start stops the server and deletes the
     * data of a process that died without its shutdown hook (once the directory is 10 minutes old and unlocked).
     */
    private static Path dataDirectory() {
        Path workingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
        return workingDirectory.resolve("dbarch-" + UUID.randomUUID());
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    Connection admin(String database) throws SQLException {
        return connect(database, SUPERUSER, superuserPassword, "");
    }

    Connection connect(String database, String user, String password, String options) throws SQLException {
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", "dbarch-sandbox");
        props.setProperty("connectTimeout", "10");
        if (!options.isEmpty()) {
            props.setProperty("options", options);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    void stop() throws IOException {
        postgres.close();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException ignored) {
            // already failing; the start error is what matters
        }
    }

    /** A fresh random secret of {@code bytes} random bytes, hex encoded. */
    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
