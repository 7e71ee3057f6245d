package io.dbarch.web.observability;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.security.Principal;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every request: its latency into {@code http.server.requests} (by method, route and status), and, for the
 * API and the Slack endpoints, one audit event (who, method and path, status; never the body).
 */
public final class RequestObserver {

    private static final Logger LOG = LoggerFactory.getLogger(RequestObserver.class);

    private final MeterRegistry metrics;
    private final AuditLog audit;

    public RequestObserver(MeterRegistry metrics, AuditLog audit) {
        this.metrics = requireNonNull(metrics, "metrics");
        this.audit = requireNonNull(audit, "audit");
    }

    public void observe(Context ctx, float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", Integer.toString(status)).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
                .register(metrics).record(Duration.ofNanos((long) (millis * 1_000_000)));
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/slack/")) {
            Principal who = ctx.attribute("dbarch.principal");
            try {
                audit.record(who == null ? "anonymous" : who.name(), "http.request", ctx.method().name() + " "
                        + clip(ctx.path()), Integer.toString(status), Math.round(millis) + " ms");
            } catch (RuntimeException e) {
                LOG.warn("Could not write the audit event of {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            }
        }
    }

    private static String route(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? (ctx.statusCode() == 404 ? "unmatched" : "static") : endpoint.path;
        } catch (RuntimeException e) {
            return ctx.statusCode() == 404 ? "unmatched" : "static";
        }
    }

    private static String clip(String path) {
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }
}
