package io.dbarch.web.security;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates API requests and applies the per-caller rate limit. Without tokens every request is the
 * {@link Principal#LOCAL} user (the server then listens on loopback only); with tokens, a request needs
 * {@code Authorization: Bearer <token>}.
 */
public final class AuthFilter {

    private final TokenRegistry tokens;
    private final boolean enabled;
    private final RateLimiter limiter;
    private final AuditLog audit;

    public AuthFilter(TokenRegistry tokens, boolean enabled, RateLimiter limiter, AuditLog audit) {
        this.tokens = requireNonNull(tokens, "tokens");
        this.enabled = enabled;
        this.limiter = requireNonNull(limiter, "limiter");
        this.audit = requireNonNull(audit, "audit");
    }

    public void handle(Context ctx) {
        Principal principal = enabled ? authenticate(ctx) : Principal.LOCAL;
        Optional<Duration> wait = limiter.acquire(principal.name());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests for '" + principal.name()
                    + "'; try again in " + seconds + " s.", Map.of("Retry-After", Long.toString(seconds)));
        }
        ctx.attribute(Access.ATTRIBUTE, principal);
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw unauthorized("Send 'Authorization: Bearer <token>'; this server has API tokens configured.");
        }
        Optional<Principal> principal = tokens.authenticate(header.substring(7).trim());
        if (principal.isEmpty()) {
            audit.record("anonymous", "auth.denied", ctx.method() + " " + ctx.path(), "401", "unknown token");
            throw unauthorized("The token is not valid (unknown or revoked).");
        }
        return principal.get();
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, detail,
                Map.of("WWW-Authenticate", "Bearer realm=\"dbarch\""));
    }
}
