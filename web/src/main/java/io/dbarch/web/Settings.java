package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.DatabaseConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the web app reads from the environment besides the model: where to listen, storage, tokens, limits,
 * Slack and escalation channels ({@code env} is kept for the channel variables).
 *
 * @param host          {@code DBARCH_HOST}: the interface to listen on when tokens are configured (default all);
 *                      without tokens the app listens on loopback only
 * @param ratePerMinute API requests per token and minute ({@code DBARCH_RATE_LIMIT}, default 600)
 * @param maxStreams    concurrent streamed answers ({@code DBARCH_MAX_STREAMS}, default 32)
 * @param publicUrl     the server's address as others reach it, for links in Slack ({@code DBARCH_PUBLIC_URL})
 * @param sandbox       start the PostgreSQL sandbox at boot ({@code DBARCH_SANDBOX}, {@code on} or {@code off})
 */
public record Settings(Optional<String> host, int port, DatabaseConfig database, String apiTokens, int ratePerMinute,
        int maxStreams, Optional<String> publicUrl, boolean sandbox, Map<String, String> env) {

    public static final String HOST = "DBARCH_HOST";
    public static final String API_TOKENS = "DBARCH_API_TOKENS";

    public Settings {
        requireNonNull(host, "host");
        requireNonNull(database, "database");
        requireNonNull(apiTokens, "apiTokens");
        requireNonNull(publicUrl, "publicUrl");
        env = Map.copyOf(env);
        if (ratePerMinute < 1 || maxStreams < 1) {
            throw new IllegalArgumentException("DBARCH_RATE_LIMIT and DBARCH_MAX_STREAMS must be at least 1");
        }
    }

    /** For tests: loopback on a free port, the given database, no tokens, no sandbox, nothing configured. */
    public static Settings forTest(DatabaseConfig database, Map<String, String> env) {
        return new Settings(Optional.of(WebConfig.LOOPBACK), 0, database, env.getOrDefault(API_TOKENS, ""),
                Integer.parseInt(env.getOrDefault("DBARCH_RATE_LIMIT", "100000")),
                Integer.parseInt(env.getOrDefault("DBARCH_MAX_STREAMS", "32")), Optional.empty(), false, env);
    }

    /**
     * Reads the environment.
     *
     * @throws IllegalArgumentException naming the variable that is malformed
     */
    public static Settings fromEnvironment(Map<String, String> env, int port) {
        io.dbarch.web.security.TokenRegistry.validate(env.getOrDefault(API_TOKENS, ""));
        return new Settings(Optional.ofNullable(env.get(HOST)).map(String::strip).filter(h -> !h.isEmpty()), port,
                DatabaseConfig.fromEnvironment(env, Path.of("data")), env.getOrDefault(API_TOKENS, ""),
                number(env, "DBARCH_RATE_LIMIT", 600), number(env, "DBARCH_MAX_STREAMS", 32),
                Optional.ofNullable(env.get("DBARCH_PUBLIC_URL")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s),
                !"off".equalsIgnoreCase(env.getOrDefault("DBARCH_SANDBOX", "on").trim()), env);
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + "='" + value + "' is not a positive whole number");
    }
}
