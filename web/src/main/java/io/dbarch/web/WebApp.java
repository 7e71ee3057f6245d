package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.agent.AdvisorAgent;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The dbarch web app: the chat page, the chat API and health. Stops gracefully: requests in flight finish
 * (up to {@link #STOP_TIMEOUT_MILLIS}) before the server closes.
 */
public final class WebApp {

    /** How long {@link #stop()} waits for requests in flight. */
    public static final long STOP_TIMEOUT_MILLIS = 5_000;

    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-cache");

    private final Javalin javalin;
    private final CountDownLatch stopped;

    private WebApp(Javalin javalin, CountDownLatch stopped) {
        this.javalin = javalin;
        this.stopped = stopped;
    }

    /** Creates and starts the app. */
    public static WebApp start(WebConfig web, AdvisorAgent agent) {
        requireNonNull(web, "web");
        requireNonNull(agent, "agent");
        ObjectMapper json = new ObjectMapper();
        var chat = new ChatController(agent, json);
        var health = new HealthController();
        var stopped = new CountDownLatch(1);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
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
            Routes.register(config, web, json, chat, health);
        });
        javalin.start();
        return new WebApp(javalin, stopped);
    }

    /** The port the app listens on (the chosen one when started with port 0). */
    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests, lets those in flight finish, then closes. Idempotent. */
    public void stop() {
        javalin.stop();
    }

    /** Blocks until the app has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }
}
