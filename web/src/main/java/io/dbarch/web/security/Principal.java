package io.dbarch.web.security;

import static java.util.Objects.requireNonNull;

/**
 * Who is calling: a token's name and role. Conversations belong to the principal's name.
 *
 * @param name a token name (never the token), {@code local} when no tokens are configured, or
 *             {@code slack:TEAM} for the Slack bot
 */
public record Principal(String name, Role role) {

    /** The only user of a server without tokens, which listens on loopback only. */
    public static final Principal LOCAL = new Principal("local", Role.ADMIN);

    public Principal {
        requireNonNull(name, "name");
        requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
