package io.dbarch.knowledge.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Starts the embedded PostgreSQL server. Password authentication is on from the first moment: initdb gets the
 * superuser password from a private file ({@code --pwfile}, deleted right after) and {@code --auth=scram-sha-256}
 * (both passed through zonky's locale options, which become {@code --key=value} initdb arguments and come after
 * its own {@code -A trust}). No Unix socket is opened. As root, zonky runs the server in a user namespace
 * ({@code unshare -U}), where initdb and postgres accept to run.
 */
final class SandboxServer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxServer() {
    }

    static EmbeddedPostgres start(String superuserPassword) {
        Path passwordFile = null;
        try {
            passwordFile = Files.createTempFile("dbarch-sandbox-", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            return EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setConnectConfig("password", superuserPassword)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("temp_file_limit", "1GB")
                    .setServerConfig("log_min_messages", "fatal")
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_statement", "none")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new SandboxException("could not start the embedded PostgreSQL sandbox: " + e.getMessage(), e);
        } finally {
            deleteQuietly(passwordFile);
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
