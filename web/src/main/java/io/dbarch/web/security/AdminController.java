package io.dbarch.web.security;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.http.ProblemException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** Admin endpoints: API tokens ({@code /api/admin/tokens}) and the audit log ({@code /api/audit}). */
public final class AdminController {

    private final TokenRegistry tokens;
    private final AuditLog audit;
    private final JsonBodies bodies;

    public AdminController(TokenRegistry tokens, AuditLog audit, JsonBodies bodies) {
        this.tokens = requireNonNull(tokens, "tokens");
        this.audit = requireNonNull(audit, "audit");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api/admin/tokens", this::listTokens);
        config.routes.post("/api/admin/tokens", this::createToken);
        config.routes.delete("/api/admin/tokens/{name}", this::revokeToken);
        config.routes.get("/api/audit", this::auditLog);
    }

    void listTokens(Context ctx) {
        Access.require(ctx, Role.ADMIN);
        ctx.json(Map.of("tokens", tokens.list().stream().map(p -> Map.of("name", p.name(), "role", p.role().id()))
                .toList()));
    }

    void createToken(Context ctx) {
        Principal admin = Access.require(ctx, Role.ADMIN);
        JsonNode body = bodies.object(ctx, "{\"name\": \"ci\", \"role\": \"architect\"}");
        String name = JsonBodies.text(body, "name");
        Role role = Role.parse(JsonBodies.text(body, "role")).orElseThrow(() ->
                JsonBodies.invalid("'role' must be viewer, architect or admin."));
        String token;
        try {
            token = tokens.create(name, role);
        } catch (IllegalArgumentException e) {
            throw JsonBodies.invalid("Cannot create the token: " + e.getMessage() + ".");
        }
        audit.record(admin.name(), "admin.token.create", name, "ok", "role " + role.id());
        ctx.status(201).json(Map.of("name", name, "role", role.id(), "token", token,
                "note", "Keep the token now; the server keeps only its hash."));
    }

    void revokeToken(Context ctx) {
        Principal admin = Access.require(ctx, Role.ADMIN);
        String name = ctx.pathParam("name");
        if (!tokens.revoke(name)) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "There is no active token named '"
                    + name.replaceAll("\\p{Cntrl}", "?") + "'.");
        }
        audit.record(admin.name(), "admin.token.revoke", name, "ok", "");
        ctx.status(204);
    }

    void auditLog(Context ctx) {
        Access.require(ctx, Role.ADMIN);
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100);
        String action = ctx.queryParamAsClass("action", String.class).getOrDefault("");
        ctx.json(Map.of("events", audit.recent(limit, action).stream().map(e -> Map.of("at", e.at().toString(),
                "actor", e.actor(), "action", e.action(), "target", e.target(), "outcome", e.outcome(),
                "detail", e.detail())).toList()));
    }
}
