package io.dbarch.web.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack and Mattermost front door against WireMock as the Slack Web API and the response URLs. */
class SlackEndpointsTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String MATTERMOST = "mattermost-command-token-1234";
    static final String DDL = "CREATE TABLE customer (id bigint PRIMARY KEY, name text);";

    static WireMockServer wm;
    static WebApp app;
    static final SlackSignatureVerifier SIGNER = new SlackSignatureVerifier(SECRET, Clock.systemUTC());

    @BeforeAll
    static void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
        app = TestApps.start(Map.of("SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-test",
                "SLACK_API_URL", "http://127.0.0.1:" + wm.port() + "/api/", "MATTERMOST_COMMAND_TOKEN", MATTERMOST));
    }

    @AfterAll
    static void stop() {
        app.stop();
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
        wm.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1730000000.000200\"}")));
        wm.stubFor(post("/respond").willReturn(aResponse().withStatus(200)));
        wm.stubFor(post("/api/files.getUploadURLExternal").willReturn(okJson("{\"ok\":true,\"upload_url\":"
                + "\"http://127.0.0.1:" + wm.port() + "/upload/f1\",\"file_id\":\"F1\"}")));
        wm.stubFor(post("/upload/f1").willReturn(aResponse().withStatus(200).withBody("OK - 123")));
        wm.stubFor(post("/api/files.completeUploadExternal").willReturn(okJson("{\"ok\":true,\"files\":"
                + "[{\"id\":\"F1\",\"title\":\"erd.svg\"}]}")));
        wm.stubFor(post("/api/files.info").willReturn(okJson("{\"ok\":true,\"file\":{\"id\":\"F1\"}}")));
    }

    static HttpResponse<String> signed(String path, String contentType, String body, long timestamp) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String ts = Long.toString(timestamp);
        return Http.to(app).send(Http.to(app).request(path).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SIGNER.sign(ts, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build());
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String mention(String eventId, String text) {
        return """
                {"type":"event_callback","team_id":"T1","event_id":"%s","event":{"type":"app_mention","user":"U2",\
                "text":"<@UBOT> %s","ts":"1730000000.000100","channel":"C1","event_ts":"1730000000.000100"}}"""
                .formatted(eventId, text);
    }

    static List<LoggedRequest> awaitPosts(String url, int count) throws InterruptedException {
        List<LoggedRequest> posts = List.of();
        for (int i = 0; i < 600 && posts.size() < count; i++) {
            Thread.sleep(100);
            posts = wm.findAll(postRequestedFor(urlEqualTo(url)));
        }
        return posts;
    }

    static String form(LoggedRequest r) {
        return URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8);
    }

    @Test
    void should_answer_the_challenge_when_slack_verifies_the_url() throws Exception {
        var response = signed("/slack/events", "application/json",
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}", now());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void should_answer_in_the_thread_once_when_an_app_mention_is_retried() throws Exception {
        // when
        long started = System.nanoTime();
        var first = signed("/slack/events", "application/json", mention("Ev1", "review " + DDL), now());
        long ackMillis = (System.nanoTime() - started) / 1_000_000;
        var retry = Http.to(app).send(Http.to(app).request("/slack/events").header("X-Slack-Retry-Num", "1")
                .header("X-Slack-Request-Timestamp", Long.toString(now()))
                .header("X-Slack-Signature", SIGNER.sign(Long.toString(now()), mention("Ev1", "review " + DDL).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(mention("Ev1", "review " + DDL))).build());

        // then
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(ackMillis).isLessThan(3000);
        assertThat(retry.statusCode()).isEqualTo(200);
        List<LoggedRequest> posts = awaitPosts("/api/chat.postMessage", 1);
        Thread.sleep(500);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))).hasSize(1);
        String body = form(posts.get(0));
        assertThat(body).contains("channel=C1").contains("thread_ts=1730000000.000100")
                .contains("\"type\":\"section\"").contains("*Summary*").contains("Tables (1): public.customer");
        // the ERD goes into the thread as a file
        LoggedRequest completed = awaitPosts("/api/files.completeUploadExternal", 1).get(0);
        assertThat(form(completed)).contains("channel_id=C1").contains("thread_ts=1730000000.000100")
                .contains("erd.svg");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/upload/f1"))).get(0).getBodyAsString()).contains("<svg");
    }

    @Test
    void should_verify_a_non_ascii_body_when_signed_over_its_utf8_bytes() throws Exception {
        var response = signed("/slack/events", "application/json", mention("Ev-ü", "Grüße — which index? 索引"), now());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(awaitPosts("/api/chat.postMessage", 1)).hasSize(1);
    }

    @Test
    void should_refuse_unsigned_missigned_and_stale_requests_and_do_nothing() throws Exception {
        String body = mention("Ev-bad", "hi");
        var unsigned = Http.to(app).send(Http.to(app).request("/slack/events")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        var missigned = Http.to(app).send(Http.to(app).request("/slack/events")
                .header("X-Slack-Request-Timestamp", Long.toString(now())).header("X-Slack-Signature", "v0=00ff")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        var stale = signed("/slack/events", "application/json", body, now() - 301);
        var future = signed("/slack/events", "application/json", body, now() + 301);

        assertThat(List.of(unsigned, missigned, stale, future)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        });
        Thread.sleep(300);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))).isEmpty();
    }

    @Test
    void should_acknowledge_at_once_then_post_question_and_answer_thread_when_a_slash_command_arrives()
            throws Exception {
        // when
        String form = "team_id=T1&channel_id=C1&user_id=U2&command=%2Fdbarch&response_url="
                + URLEncoder.encode("http://127.0.0.1:" + wm.port() + "/respond", StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode("Hello, which schema?", StandardCharsets.UTF_8);
        var ack = signed("/slack/commands", "application/x-www-form-urlencoded", form, now());

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(Http.json(ack).get("text").asText()).isEqualTo("Working on it…");
        List<LoggedRequest> posts = awaitPosts("/api/chat.postMessage", 2);
        assertThat(posts).hasSize(2);
        List<String> bodies = posts.stream().map(SlackEndpointsTest::form).toList();
        assertThat(bodies).anySatisfy(b -> assertThat(b).contains("asked: Hello, which schema?")
                .doesNotContain("thread_ts"));
        assertThat(bodies).anySatisfy(b -> assertThat(b).contains("thread_ts=1730000000.000200")
                .contains("\"type\":\"section\""));
    }

    @Test
    void should_answer_through_the_response_url_when_mattermost_sends_its_command_token() throws Exception {
        // when
        String form = "token=" + MATTERMOST + "&team_id=T9&channel_id=town-square&user_id=u1&response_url="
                + URLEncoder.encode("http://127.0.0.1:" + wm.port() + "/respond", StandardCharsets.UTF_8)
                + "&text=" + URLEncoder.encode(DDL, StandardCharsets.UTF_8);
        var ack = Http.to(app).send(Http.to(app).request("/slack/commands")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        var wrong = Http.to(app).send(Http.to(app).request("/slack/commands")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replace(MATTERMOST, "guess"))).build());

        // then
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(wrong.statusCode()).isEqualTo(401);
        LoggedRequest answer = awaitPosts("/respond", 1).get(0);
        var json = Http.JSON.readTree(answer.getBodyAsString());
        assertThat(json.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(json.get("text").asText()).contains("## Summary").contains("customer (2 columns)");
    }
}
