package io.dbarch.web.escalation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import io.dbarch.web.storage.DatabaseConfig;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Escalations raised by the design engine reach every channel, with retries, exactly once across a restart. */
class EscalationDeliveryTest {

    static final String SECRET = "webhook-secret-for-tests";
    static final String CONFLICTING = """
            name: Ledger
            slas: {rpoSeconds: 0}
            platform: {engine: postgresql, replication: asynchronous}
            """;

    private WireMockServer wm;

    @BeforeEach
    void startStub() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        wm.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C-ESC\",\"ts\":\"1.1\"}")));
        wm.stubFor(post("/incoming").willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stopStub() {
        wm.stop();
    }

    private Map<String, String> env() {
        var env = new HashMap<String, String>();
        env.put("SLACK_BOT_TOKEN", "xoxb-test");
        env.put("SLACK_API_URL", "http://127.0.0.1:" + wm.port() + "/api/");
        env.put(EscalationChannels.SLACK_CHANNEL, "C-ESC");
        env.put(EscalationChannels.SLACK_WEBHOOK_URL, "http://127.0.0.1:" + wm.port() + "/incoming");
        env.put(EscalationChannels.WEBHOOK_URL, "http://127.0.0.1:" + wm.port() + "/hook");
        env.put(EscalationChannels.WEBHOOK_SECRET, SECRET);
        return env;
    }

    static JsonNode design(WebApp app) throws Exception {
        var response = Http.to(app).send(Http.to(app).request("/api/design").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(CONFLICTING)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    static JsonNode awaitSettled(WebApp app) throws Exception {
        JsonNode list = null;
        for (int i = 0; i < 100; i++) {
            list = Http.json(Http.to(app).get("/api/escalations"));
            boolean settled = true;
            for (JsonNode e : list.get("escalations")) {
                for (JsonNode d : e.get("deliveries")) {
                    settled &= d.get("status").asText().matches("delivered|failed");
                }
            }
            if (settled) {
                return list;
            }
            Thread.sleep(100);
        }
        return list;
    }

    @Test
    void should_deliver_each_escalation_to_every_channel_with_a_valid_signature() throws Exception {
        // given
        wm.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        WebApp app = TestApps.start(env());
        try {
            // when
            int raised = design(app).get("escalations").size();
            JsonNode list = awaitSettled(app);

            // then
            assertThat(raised).isGreaterThanOrEqualTo(1);
            assertThat(list.get("channels")).hasSize(3);
            for (JsonNode e : list.get("escalations")) {
                assertThat(e.get("deliveries")).allSatisfy(d -> assertThat(d.get("status").asText())
                        .isEqualTo("delivered"));
            }
            List<LoggedRequest> hooks = wm.findAll(postRequestedFor(urlEqualTo("/hook")));
            assertThat(hooks).hasSize(raised);
            for (LoggedRequest hook : hooks) {
                String ts = hook.getHeader("X-Dbarch-Timestamp");
                assertThat(hook.getHeader("X-Dbarch-Signature")).isEqualTo(SignedWebhookSender.sign(
                        SECRET.getBytes(StandardCharsets.UTF_8), ts, hook.getBodyAsString()));
                assertThat(Http.JSON.readTree(hook.getBodyAsString()).get("deliveryId").asText())
                        .isEqualTo(hook.getHeader("X-Dbarch-Delivery"));
            }
            LoggedRequest incoming = wm.findAll(postRequestedFor(urlEqualTo("/incoming"))).get(0);
            JsonNode slackWebhook = Http.JSON.readTree(incoming.getBodyAsString());
            assertThat(slackWebhook.get("text").asText()).startsWith("Escalation (BLOCKER)");
            assertThat(slackWebhook.get("blocks").get(0).get("type").asText()).isEqualTo("header");
            LoggedRequest posted = wm.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).get(0);
            assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer xoxb-test");
            assertThat(URLDecoder.decode(posted.getBodyAsString(), StandardCharsets.UTF_8)).contains("channel=C-ESC");
        } finally {
            app.stop();
        }
    }

    @Test
    void should_retry_with_backoff_when_the_webhook_fails_then_recovers() throws Exception {
        // given: two 503s, then success
        wm.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("one"));
        wm.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs("one")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("two"));
        wm.stubFor(post("/hook").inScenario("flaky").whenScenarioStateIs("two")
                .willReturn(aResponse().withStatus(200)));
        var env = env();
        env.remove(EscalationChannels.SLACK_CHANNEL);
        env.remove(EscalationChannels.SLACK_WEBHOOK_URL);
        WebApp app = TestApps.start(env);
        try {
            // when
            CONFLICTING_ONE.accept(app);
            JsonNode delivery = awaitSettled(app).get("escalations").get(0).get("deliveries").get(0);

            // then
            assertThat(delivery.get("status").asText()).isEqualTo("delivered");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        } finally {
            app.stop();
        }
    }

    @Test
    void should_give_up_at_once_when_the_webhook_refuses_the_notice() throws Exception {
        wm.stubFor(post("/hook").willReturn(aResponse().withStatus(401)));
        var env = env();
        env.remove(EscalationChannels.SLACK_CHANNEL);
        env.remove(EscalationChannels.SLACK_WEBHOOK_URL);
        WebApp app = TestApps.start(env);
        try {
            CONFLICTING_ONE.accept(app);
            JsonNode delivery = awaitSettled(app).get("escalations").get(0).get("deliveries").get(0);

            assertThat(delivery.get("status").asText()).isEqualTo("failed");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
            assertThat(delivery.get("lastError").asText()).startsWith("HTTP 401");
        } finally {
            app.stop();
        }
    }

    @Test
    void should_deliver_once_after_a_restart_when_the_webhook_was_down(@TempDir Path dir) throws Exception {
        // given: the webhook is down while the escalations are raised, then the app stops
        wm.stubFor(post("/hook").willReturn(aResponse().withStatus(503)));
        var env = env();
        env.remove(EscalationChannels.SLACK_CHANNEL);
        env.remove(EscalationChannels.SLACK_WEBHOOK_URL);
        DatabaseConfig db = DatabaseConfig.h2File(dir.resolve("dbarch"));
        WebApp first = TestApps.start(env, db);
        int raised = design(first).get("escalations").size();
        Thread.sleep(300);
        first.stop();
        assertThat(Files.exists(dir.resolve("dbarch.mv.db"))).isTrue();

        // when: it comes back with the webhook up
        wm.resetRequests();
        wm.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        WebApp second = TestApps.start(env, db);
        try {
            JsonNode list = awaitSettled(second);

            // then
            assertThat(list.get("escalations")).hasSize(raised);
            assertThat(list.get("escalations")).allSatisfy(e -> assertThat(e.at("/deliveries/0/status").asText())
                    .isEqualTo("delivered"));
            List<String> keys = wm.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                    .map(r -> r.getHeader("X-Dbarch-Delivery")).toList();
            assertThat(keys).hasSize(raised).doesNotHaveDuplicates();
            Thread.sleep(500);
            assertThat(wm.findAll(postRequestedFor(urlEqualTo("/hook")).withHeader("X-Dbarch-Delivery",
                    equalTo(keys.get(0))))).hasSize(1);
        } finally {
            second.stop();
        }
    }

    private static final ThrowingConsumer CONFLICTING_ONE = app -> {
        JsonNode body = design(app);
        assertThat(body.get("escalations").size()).isGreaterThanOrEqualTo(1);
    };

    @FunctionalInterface
    interface ThrowingConsumer {
        void accept(WebApp app) throws Exception;
    }
}
