package io.dbarch.web.escalation;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dbarch.web.Http;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.slack.SlackClients;
import io.dbarch.web.storage.Database;
import io.dbarch.web.storage.DatabaseConfig;
import io.dbarch.web.storage.Ids;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An outbox with one Slack channel on an H2 file (so that a "restart" reopens the same rows), Slack being a
 * WireMock server that speaks the Web API's form-encoded requests and JSON answers.
 */
final class SlackOutbox {

    static final String CHANNEL = "C-ESC";
    static final String POST = "/api/chat.postMessage";
    static final String HISTORY = "/api/conversations.history";
    /** Retries are not due within a test unless its clock is moved on. */
    static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(2), 4);

    private final WireMockServer slack;
    private final DatabaseConfig config;

    SlackOutbox(WireMockServer slack, Path dir) {
        this.slack = slack;
        this.config = DatabaseConfig.h2File(dir.resolve("dbarch"));
    }

    Database open() {
        return Database.open(config, 4);
    }

    static EscalationRecord raise(Database db) {
        return new EscalationStore(db.jdbc(), Clock.systemUTC(), new Ids()).raise(new EscalationDraft(
                Optional.empty(), "alice", "design", "blocker", "RPO 0 needs synchronous replication",
                "rpo 0 with asynchronous replication", "a synchronous standby", "product owner"), List.of("slack"));
    }

    SlackChannelSender sender() {
        return new SlackChannelSender(SlackClients.methods(Map.of(SlackClients.BOT_TOKEN, "xoxb-test",
                SlackClients.API_URL, "http://127.0.0.1:" + slack.port() + "/api/")).orElseThrow(), CHANNEL);
    }

    static OutboxWorker worker(Database db, EscalationChannel channel, Clock clock) {
        return new OutboxWorker(new EscalationStore(db.jdbc(), clock, new Ids()), List.of(channel), BACKOFF, clock,
                new AuditLog(db.jdbc(), clock), new SimpleMeterRegistry());
    }

    static Delivery delivery(Database db, EscalationRecord e) {
        return new EscalationStore(db.jdbc(), Clock.systemUTC(), new Ids()).deliveries(e.id()).get(0);
    }

    /** Waits until the delivery is no longer claimed by a worker, and returns it. */
    static Delivery awaitSettled(Database db, EscalationRecord e, int attempts) throws InterruptedException {
        Delivery d = delivery(db, e);
        for (int i = 0; i < 100 && (d.attempts() < attempts || d.status().equals(Delivery.SENDING)); i++) {
            Thread.sleep(100);
            d = delivery(db, e);
        }
        return d;
    }

    List<LoggedRequest> requests(String path) {
        return slack.findAll(postRequestedFor(urlEqualTo(path)));
    }

    /** The form parameters of a Web API request. */
    static Map<String, String> form(LoggedRequest request) {
        var params = new LinkedHashMap<String, String>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** A {@code conversations.history} answer holding these messages, as Slack returns it. */
    static String history(List<ObjectNode> messages, Optional<String> nextCursor) {
        ObjectNode body = Http.JSON.createObjectNode().put("ok", true);
        ArrayNode list = body.putArray("messages");
        messages.forEach(list::add);
        body.put("has_more", nextCursor.isPresent());
        nextCursor.ifPresent(c -> body.putObject("response_metadata").put("next_cursor", c));
        return body.toString();
    }

    /** A message of the channel, with the metadata a poster gave it (a JSON object text), if any. */
    static ObjectNode message(String text, Instant at, Optional<String> metadata) throws Exception {
        ObjectNode m = Http.JSON.createObjectNode().put("type", "message").put("user", "U1").put("text", text)
                .put("ts", SlackChannelSender.ts(at));
        if (metadata.isPresent()) {
            m.put("bot_id", "B1").put("app_id", "A1").set("metadata", Http.JSON.readTree(metadata.get()));
        }
        return m;
    }

    /** The channel as it is in a process that dies just before, or just after, Slack answers the post. */
    static final class Crashing implements QueryableChannel {

        private final SlackChannelSender slack;
        private final boolean afterThePost;

        Crashing(SlackChannelSender slack, boolean afterThePost) {
            this.slack = slack;
            this.afterThePost = afterThePost;
        }

        @Override
        public String name() {
            return slack.name();
        }

        @Override
        public SendOutcome send(EscalationRecord escalation, String deliveryKey) {
            if (afterThePost) {
                slack.send(escalation, deliveryKey);
            }
            throw new SimulatedCrash();
        }

        @Override
        public Presence lookUp(String deliveryKey, Instant since) {
            return slack.lookUp(deliveryKey, since);
        }
    }

    /** The process dying: an error no worker catches, so the outbox is left exactly as it was. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }
}
