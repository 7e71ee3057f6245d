package io.dbarch.web.security;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Jdbc;
import io.dbarch.web.storage.StorageException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * API tokens from {@code DBARCH_API_TOKENS} and from the database (created by an admin). Only SHA-256 hashes are
 * kept and compared; a token is shown once, when it is created. Thread-safe.
 */
public final class TokenRegistry {

    private final Map<String, Principal> fromEnvironment;
    private final Jdbc jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @throws IllegalArgumentException when {@code DBARCH_API_TOKENS} is malformed (the message names the entry)
     */
    public TokenRegistry(String environmentTokens, Jdbc jdbc, Clock clock) {
        this.fromEnvironment = Map.copyOf(EnvTokens.parse(requireNonNull(environmentTokens, "environmentTokens")));
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Checks {@code DBARCH_API_TOKENS} without opening anything.
     *
     * @throws IllegalArgumentException naming the malformed entry by position, never the token
     */
    public static void validate(String environmentTokens) {
        EnvTokens.parse(environmentTokens);
    }

    /** True when any token exists: then every API call needs one and the server may listen beyond loopback. */
    public boolean enabled() {
        return !fromEnvironment.isEmpty() || jdbc.queryOne("SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NULL",
                row -> row.getLong(1)).orElse(0L) > 0;
    }

    /** The principal a presented token stands for. */
    public Optional<Principal> authenticate(String token) {
        String hash = TokenHash.of(requireNonNull(token, "token"));
        Principal env = fromEnvironment.get(hash);
        if (env != null) {
            return Optional.of(env);
        }
        return jdbc.queryOne("SELECT name, role FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
                row -> new Principal(row.getString("name"), Role.parse(row.getString("role")).orElse(Role.VIEWER)),
                hash);
    }

    /** Creates a token named {@code name}; returns the token itself, which is not kept. */
    public String create(String name, Role role) {
        if (!name.matches("[A-Za-z0-9._-]{1,64}") || name.startsWith("env-") || name.equals("local")) {
            throw new IllegalArgumentException("a token name is 1-64 letters, digits, '.', '_' or '-', and not "
                    + "'local' or 'env-…'");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "dbarch_" + HexFormat.of().formatHex(bytes);
        try {
            jdbc.update("INSERT INTO api_tokens (token_hash, name, role, created_at) VALUES (?, ?, ?, ?)",
                    TokenHash.of(token), name, role.id(), clock.instant());
        } catch (StorageException e) {
            if (Jdbc.isDuplicateKey(e)) {
                throw new IllegalArgumentException("a token named '" + name + "' exists already");
            }
            throw e;
        }
        return token;
    }

    /** Revokes the token named {@code name}; false when there is no such active token. */
    public boolean revoke(String name) {
        return jdbc.update("UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                clock.instant(), name) == 1;
    }

    /** Names and roles of the active database tokens. */
    public List<Principal> list() {
        return jdbc.query("SELECT name, role FROM api_tokens WHERE revoked_at IS NULL ORDER BY name",
                row -> new Principal(row.getString("name"), Role.parse(row.getString("role")).orElse(Role.VIEWER)));
    }
}
