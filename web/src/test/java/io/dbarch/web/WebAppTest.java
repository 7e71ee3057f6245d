package io.dbarch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebApp app;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static HttpResponse<String> postChat(String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asText()).isEqualTo("about:blank");
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        return body;
    }

    @Test
    void should_answer_from_the_schema_tool_when_ddl_is_posted() throws Exception {
        // given
        String message = "Please review:\n```sql\nCREATE TABLE customer (id bigint PRIMARY KEY, email text);\n"
                + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));\n```";

        // when
        var response = postChat("application/json", JSON.writeValueAsString(Map.of("message", message)));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("conversationId").asText()).matches("[0-9a-f-]{36}");
        assertThat(body.get("answer").asText()).startsWith("## Summary")
                .contains("Read pasted.sql as postgresql:")
                .contains("Tables (2): public.customer (2 columns), public.orders (2 columns).")
                .contains("## Next steps");
        assertThat(body.get("artifacts").isArray()).isTrue();
        assertThat(body.get("escalations").isArray()).isTrue();
    }

    @Test
    void should_ask_for_a_schema_and_keep_the_conversation_id_when_given_one() throws Exception {
        // when
        var response = postChat("application/json", "{\"conversationId\":\"conv-42\",\"message\":\"Hello\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("conversationId").asText()).isEqualTo("conv-42");
        assertThat(body.get("answer").asText()).contains("Which schema should I review?");
    }

    @Test
    void should_return_a_problem_when_the_body_is_not_json() throws Exception {
        JsonNode body = problem(postChat("application/json", "{\"message\": "), 400);
        assertThat(body.get("detail").asText()).startsWith("The body is not valid JSON");
    }

    @Test
    void should_return_a_problem_when_the_message_is_blank() throws Exception {
        JsonNode body = problem(postChat("application/json", "{\"message\": \"  \"}"), 400);
        assertThat(body.get("detail").asText()).isEqualTo("'message' must not be blank.");
    }

    @Test
    void should_return_a_problem_when_the_message_is_missing() throws Exception {
        JsonNode body = problem(postChat("application/json", "{\"text\": \"hi\"}"), 400);
        assertThat(body.get("detail").asText()).isEqualTo("'message' is required and must be a string.");
    }

    @Test
    void should_return_a_problem_when_the_conversation_id_is_malformed() throws Exception {
        JsonNode body = problem(postChat("application/json", "{\"conversationId\": \"a b\", \"message\": \"hi\"}"), 400);
        assertThat(body.get("detail").asText()).startsWith("'conversationId' must be 1-128 characters");
    }

    @Test
    void should_return_a_problem_when_the_body_is_over_the_limit() throws Exception {
        // given
        String big = "{\"message\": \"" + "x".repeat((int) WebConfig.DEFAULT_MAX_REQUEST_BYTES) + "\"}";

        // then
        JsonNode body = problem(postChat("application/json", big), 413);
        assertThat(body.get("detail").asText()).contains("larger than 1000000 bytes");
    }

    @Test
    void should_return_a_problem_when_the_body_is_not_declared_as_json() throws Exception {
        JsonNode body = problem(postChat("text/plain", "{\"message\": \"hi\"}"), 415);
        assertThat(body.get("detail").asText()).contains("Content-Type: application/json");
    }

    @Test
    void should_report_ok_when_health_is_requested() throws Exception {
        var response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.at("/database/status").asText()).isEqualTo("up");
        assertThat(body.at("/database/detail").asText()).isEqualTo("H2");
        assertThat(body.at("/sandbox/status").asText()).isEqualTo("disabled");
    }

    @Test
    void should_serve_the_chat_page_with_a_strict_content_security_policy_when_root_is_requested() throws Exception {
        // when
        var response = get("/");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("<textarea id=\"message\"")
                .contains("<script type=\"module\" src=\"/app.js\">");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void should_render_answers_without_inner_html_when_the_scripts_are_served() throws Exception {
        for (String script : List.of("/app.js", "/markdown.js", "/api.js", "/artifacts.js", "/findings.js",
                "/intake.js")) {
            // when
            var response = get(script);

            // then
            assertThat(response.statusCode()).as(script).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(script).contains("javascript");
            assertThat(response.body()).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("eval(").doesNotContain("document.write")
                    .doesNotContain("new Function");
        }
        assertThat(get("/markdown.js").body()).contains("textContent");
    }

    @Test
    void should_refuse_the_request_when_the_host_header_is_not_loopback() throws Exception {
        assertThat(rawGet("/health", "evil.example:" + app.port())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("/health", "localhost:" + app.port())).startsWith("HTTP/1.1 200");
    }

    private static String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
