package io.dbarch.web.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.methods.MethodsClient;
import io.dbarch.web.api.ChatService;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.storage.Jdbc;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /slack/commands} and {@code POST /slack/events}, registered only when a Slack signing secret or a
 * Mattermost command token is configured. Questions are answered by a small pool (4 threads, 100 waiting).
 */
public final class SlackModule implements AutoCloseable {

    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String MATTERMOST_TOKEN = "MATTERMOST_COMMAND_TOKEN";

    private final SlackController controller;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(100), r -> {
                Thread t = new Thread(r, "dbarch-slack");
                t.setDaemon(true);
                return t;
            });

    public SlackModule(Optional<String> signingSecret, Optional<String> mattermostToken,
            Optional<MethodsClient> methods, Optional<String> publicUrl, ChatService chat, AuditLog audit,
            Jdbc jdbc, Clock clock, ObjectMapper json) {
        var guard = new SlackRequestGuard(signingSecret.filter(s -> !s.isBlank())
                .map(s -> new SlackSignatureVerifier(s, clock)), mattermostToken, audit);
        var bot = new SlackBot(chat, new SlackResponder(methods, publicUrl), executor, audit);
        this.controller = new SlackController(guard, bot, new SlackEventLog(jdbc, clock), json);
    }

    public void register(JavalinConfig config) {
        config.routes.post("/slack/commands", controller::command);
        config.routes.post("/slack/events", controller::event);
    }

    /** Lets queued answers finish (up to 30 s). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
