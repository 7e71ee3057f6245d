package io.dbarch.web.security;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code DBARCH_API_TOKENS}: {@code token:role,token:role…}. Each token is named {@code env-N} by its
 * position; only hashes are kept. Errors name the position, never the token.
 */
final class EnvTokens {

    static final String VARIABLE = "DBARCH_API_TOKENS";
    static final int MIN_LENGTH = 16;

    private EnvTokens() {
    }

    /** Principals by token hash. */
    static Map<String, Principal> parse(String value) {
        var byHash = new HashMap<String, Principal>();
        if (value.isBlank()) {
            return byHash;
        }
        String[] entries = value.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.lastIndexOf(':');
            String where = VARIABLE + " entry " + (i + 1);
            if (colon < 0) {
                throw new IllegalArgumentException(where + " has no role; write token:role with role viewer, "
                        + "architect or admin");
            }
            String token = entry.substring(0, colon).trim();
            Role role = Role.parse(entry.substring(colon + 1)).orElseThrow(() -> new IllegalArgumentException(
                    where + " has an unknown role; roles are viewer, architect and admin"));
            if (token.length() < MIN_LENGTH || !token.chars().allMatch(c -> c > 32 && c < 127 && c != ',')) {
                throw new IllegalArgumentException(where + " has a token shorter than " + MIN_LENGTH
                        + " characters or with spaces; use a long random token, e.g. from 'openssl rand -hex 24'");
            }
            if (byHash.put(TokenHash.of(token), new Principal("env-" + (i + 1), role)) != null) {
                throw new IllegalArgumentException(where + " repeats an earlier token");
            }
        }
        return byHash;
    }
}
