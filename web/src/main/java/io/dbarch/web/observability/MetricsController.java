package io.dbarch.web.observability;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.security.Access;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** {@code GET /metrics}: Prometheus text format; any token's role may read it. */
public final class MetricsController {

    private final PrometheusMeterRegistry registry;

    public MetricsController(PrometheusMeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    public void metrics(Context ctx) {
        Access.require(ctx, Role.VIEWER);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
