package io.dbarch.web.observability;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Database;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: {@code ok} with the database and sandbox state; 503 {@code degraded} when the database is
 * down. The database URL is shown without credentials.
 */
public final class HealthController {

    private final Database database;
    private final SandboxProbe sandbox;

    public HealthController(Database database, SandboxProbe sandbox) {
        this.database = requireNonNull(database, "database");
        this.sandbox = requireNonNull(sandbox, "sandbox");
    }

    public void health(Context ctx) {
        Database.Health db = database.health();
        boolean up = "up".equals(db.status());
        var body = new LinkedHashMap<String, Object>();
        body.put("status", up ? "ok" : "degraded");
        body.put("database", Map.of("status", db.status(), "detail", db.detail(), "url", db.url()));
        body.put("sandbox", Map.of("status", sandbox.state()));
        ctx.status(up ? 200 : 503).json(body);
    }
}
