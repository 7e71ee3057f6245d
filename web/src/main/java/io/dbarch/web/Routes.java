package io.dbarch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.web.http.Problem;
import io.dbarch.web.http.ProblemException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route of the web app, and the one place exceptions become problem responses. */
final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    private Routes() {
    }

    static void register(JavalinConfig config, WebConfig web, Services s) {
        if (web.isLoopback()) {
            config.routes.before(new LoopbackHostGuard()::check);
        }
        config.routes.before("/api/*", s.auth()::handle);
        config.routes.before("/metrics", s.auth()::handle);
        config.routes.after("/api/*", ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        config.routes.get("/health", s.health()::health);
        config.routes.get("/metrics", s.metricsController()::metrics);
        config.routes.get("/openapi.json", OpenApi::serve);
        s.api().register(config);
        s.engines().register(config);
        s.admin().register(config);
        s.slack().ifPresent(slack -> slack.register(config));
        config.requestLogger.http(s.observer()::observe);

        ObjectMapper json = s.json();
        config.routes.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            problem(ctx, json, e.problem());
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, json, fromJavalin(e, web)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            problem(ctx, json, Problem.of(HttpStatus.INTERNAL_SERVER_ERROR,
                    "The request failed on the server; the server log has the details."));
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !Problem.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                problem(ctx, json, Problem.of(HttpStatus.NOT_FOUND, "There is no endpoint " + ctx.method() + " "
                        + ctx.path() + "; /openapi.json lists them."));
            }
        });
    }

    private static Problem fromJavalin(HttpResponseException e, WebConfig web) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return Problem.of(status, "The request body is larger than " + web.maxRequestBytes()
                    + " bytes; send a smaller message (for a large schema, the part in question).");
        }
        return Problem.of(status, e.getMessage() == null || e.getMessage().isBlank() ? status.getMessage()
                : e.getMessage());
    }

    private static void problem(Context ctx, ObjectMapper json, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}";
        }
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(body);
    }
}
