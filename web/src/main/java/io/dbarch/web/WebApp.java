package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.Backoff;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The dbarch web app: chat page, REST API, Slack endpoints, escalation delivery, health and metrics. Without API
 * tokens it listens on loopback only. Stops gracefully: requests in flight finish (up to
 * {@link #STOP_TIMEOUT_MILLIS}), queued Slack answers and the outbox finish, then the database closes.
 */
public final class WebApp {

    /** How long {@link #stop()} waits for requests in flight. */
    public static final long STOP_TIMEOUT_MILLIS = 5_000;

    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    private final Javalin javalin;
    private final Services services;
    private final WebConfig web;
    private final CountDownLatch stopped;

    private WebApp(Javalin javalin, Services services, WebConfig web, CountDownLatch stopped) {
        this.javalin = javalin;
        this.services = services;
        this.web = web;
        this.stopped = stopped;
    }

    /**
     * Opens the database, builds the agent and starts the app.
     *
     * @throws IllegalArgumentException when a setting is unusable (the message names the variable)
     */
    public static WebApp start(Settings settings, AgentFactory agents) {
        return start(settings, agents, Clock.systemUTC(), Backoff.defaults());
    }

    /** As {@link #start(Settings, AgentFactory)}, with the clock and retry policy given (tests). */
    public static WebApp start(Settings settings, AgentFactory agents, Clock clock, Backoff backoff) {
        requireNonNull(settings, "settings");
        requireNonNull(agents, "agents");
        Services services = Services.create(settings, agents, clock, backoff);
        try {
            WebConfig web = listener(settings, services.authEnabled());
            var stopped = new CountDownLatch(1);
            Javalin javalin = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jsonMapper(new JavalinJackson(services.json(), false));
                config.jetty.host = web.host();
                config.jetty.port = web.port();
                config.http.maxRequestSize = web.maxRequestBytes();
                config.jetty.modifyServer(server -> {
                    server.insertHandler(new GracefulHandler());
                    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                });
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/public";
                    files.location = Location.CLASSPATH;
                    files.headers = PAGE_HEADERS;
                });
                config.events.serverStopped(stopped::countDown);
                config.events.serverStartFailed(stopped::countDown);
                Routes.register(config, web, services);
            });
            javalin.start();
            services.engines().prewarm();
            return new WebApp(javalin, services, web, stopped);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static WebConfig listener(Settings s, boolean authEnabled) {
        if (authEnabled) {
            return new WebConfig(s.host().orElse("0.0.0.0"), s.port(), WebConfig.DEFAULT_MAX_REQUEST_BYTES);
        }
        var loopback = WebConfig.loopback(s.port());
        if (s.host().isPresent() && !new WebConfig(s.host().get(), 0, 1).isLoopback()) {
            throw new IllegalArgumentException(Settings.HOST + " may name a non-loopback address only when "
                    + Settings.API_TOKENS + " (or a database token) is configured");
        }
        return loopback;
    }

    /** The port the app listens on (the chosen one when started with port 0). */
    public int port() {
        return javalin.port();
    }

    /** The interface the app listens on. */
    public String host() {
        return web.host();
    }

    /** True when API tokens are configured and every API call needs one. */
    public boolean authEnabled() {
        return services.authEnabled();
    }

    /** Stops accepting requests, lets those in flight finish, then closes everything. Idempotent. */
    public synchronized void stop() {
        javalin.stop();
        services.close();
    }

    /** Blocks until the app has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
