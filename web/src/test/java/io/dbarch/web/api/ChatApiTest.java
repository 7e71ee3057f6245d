package io.dbarch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chat (JSON and SSE), conversations, artifacts, the API description and metrics, as a client sees them. */
class ChatApiTest {

    static final String DDL = "CREATE TABLE customer (id bigint PRIMARY KEY, email text);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));";
    static WebApp app;
    static Http http;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of());
        http = Http.to(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void should_stream_meta_delta_and_done_events_when_the_client_accepts_event_streams() throws Exception {
        // when
        var response = http.send(http.request("/api/chat").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(
                        Map.of("message", "Review:\n" + DDL)))).build());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new ArrayList<>();
        JsonNode done = null;
        for (String frame : response.body().split("\n\n")) {
            String event = frame.lines().filter(l -> l.startsWith("event: ")).findFirst().orElse("").substring(7);
            events.add(event);
            if (event.equals("done")) {
                done = Http.JSON.readTree(frame.lines().filter(l -> l.startsWith("data: ")).findFirst().orElseThrow()
                        .substring(6));
            }
        }
        assertThat(events.get(0)).isEqualTo("meta");
        assertThat(events).contains("delta").last().isEqualTo("done");
        assertThat(done.get("answer").asText()).contains("Tables (2)");
        String id = done.get("conversationId").asText();
        JsonNode detail = Http.json(http.get("/api/conversations/" + id));
        assertThat(detail.get("messages")).extracting(m -> m.get("role").asText()).containsExactly("user",
                "assistant");
    }

    @Test
    void should_store_attachments_as_artifacts_served_with_their_content_type() throws Exception {
        // given
        var sent = http.postJson("/api/chat", Map.of("message", "Please review the attached files.",
                "attachments", List.of(Map.of("name", "../../etc/schema.sql", "content", DDL),
                        Map.of("name", "notes.md", "content", "<script>alert(1)</script>"))));
        JsonNode answer = Http.json(sent);

        // when
        String sqlId = answer.at("/artifacts/0/id").asText();
        String notesId = answer.at("/artifacts/1/id").asText();
        HttpResponse<String> sql = http.get("/api/artifacts/" + sqlId);
        HttpResponse<String> notes = http.get("/api/artifacts/" + notesId);
        HttpResponse<byte[]> zip = http.getBytes("/api/artifacts.zip?folder=flyway&ids=" + sqlId + "," + notesId);

        // then
        assertThat(answer.at("/artifacts/0/name").asText()).isEqualTo("schema.sql");
        assertThat(answer.get("answer").asText()).contains("Tables (2)");
        assertThat(sql.headers().firstValue("Content-Type").orElse("")).startsWith("application/sql");
        assertThat(sql.body()).isEqualTo(DDL);
        assertThat(notes.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(notes.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(zipEntries(zip.body())).containsExactly("flyway/schema.sql", "flyway/notes.md");
    }

    @Test
    void should_answer_404_and_400_problems_when_ids_are_unknown_or_malformed() throws Exception {
        assertThat(http.get("/api/conversations/nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/artifacts/art-zzzzzzzzzzzzzzzzzzzz").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/escalations/esc-none").statusCode()).isEqualTo(404);
        var malformed = http.get("/api/artifacts/..%2Fetc");
        assertThat(malformed.statusCode()).isIn(400, 404);
        assertThat(Http.json(http.get("/api/artifacts/bad-id")).get("detail").asText())
                .contains("is not an artifact id");
        var unknownRoute = http.get("/api/nothing-here");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.json(http.get("/api/conversations?limit=0")).get("detail").asText())
                .contains("'limit' must be a whole number from 1 to 500");
    }

    @Test
    void should_describe_every_api_route_when_openapi_is_requested() throws Exception {
        JsonNode doc = Http.json(http.get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/chat", "/api/conversations",
                "/api/conversations/{id}", "/api/artifacts/{id}", "/api/escalations", "/api/lint", "/api/erd", "/api/design",
                "/slack/commands", "/slack/events", "/health", "/metrics");
    }

    @Test
    void should_expose_request_latency_and_turn_metrics_in_prometheus_format() throws Exception {
        http.postJson("/api/chat", Map.of("message", "Hello"));
        var metrics = http.get("/metrics");
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("http_server_requests_seconds_bucket{method=\"POST\"")
                .contains("route=\"/api/chat\"").contains("dbarch_chat_turn_seconds_count");
    }

    private static List<String> zipEntries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
