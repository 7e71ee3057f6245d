package io.dbarch.web;

import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /health}: the process is up and serving. */
final class HealthController {

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }
}
