package io.dbarch.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, roles, ownership, rate limits and the audit log, over HTTP. */
class SecurityTest {

    static final String VIEWER = "viewer-token-0123456789";
    static final String ALICE = "alice-architect-0123456789";
    static final String BOB = "bob-architect-0123456789";
    static final String ADMIN = "admin-token-0123456789abc";
    static WebApp app;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("DBARCH_API_TOKENS", VIEWER + ":viewer," + ALICE + ":architect," + BOB
                + ":architect," + ADMIN + ":admin"));
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static Http as(String token) {
        return Http.to(app).withToken(token);
    }

    static String chat(String token, String message) throws Exception {
        var response = as(token).postJson("/api/chat", Map.of("message", message));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("conversationId").asText();
    }

    static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return Http.json(response);
    }

    @Test
    void should_require_a_bearer_token_when_tokens_are_configured() throws Exception {
        var none = Http.to(app).get("/api/conversations");
        var unknown = as("not-a-configured-token-123").get("/api/conversations");

        assertThat(problem(none, 401).get("detail").asText()).contains("Authorization: Bearer");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"dbarch\"");
        assertThat(problem(unknown, 401).get("detail").asText()).contains("not valid");
        assertThat(app.authEnabled()).isTrue();
        assertThat(Http.to(app).get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void should_forbid_chat_when_the_token_is_a_viewer() throws Exception {
        JsonNode body = problem(as(VIEWER).postJson("/api/chat", Map.of("message", "hi")), 403);
        assertThat(body.get("detail").asText()).isEqualTo("This needs the architect role; your token has viewer.");
    }

    @Test
    void should_hide_a_conversation_and_its_artifacts_from_other_owners() throws Exception {
        // given
        var sent = as(ALICE).postJson("/api/chat", Map.of("message", "review",
                "attachments", java.util.List.of(Map.of("name", "schema.sql", "content",
                        "CREATE TABLE t (id int PRIMARY KEY);"))));
        JsonNode answer = Http.json(sent);
        String conversation = answer.get("conversationId").asText();
        String artifact = answer.at("/artifacts/0/id").asText();

        // then
        assertThat(as(ALICE).get("/api/conversations/" + conversation).statusCode()).isEqualTo(200);
        assertThat(as(ALICE).get("/api/artifacts/" + artifact).statusCode()).isEqualTo(200);
        problem(as(BOB).get("/api/conversations/" + conversation), 404);
        problem(as(BOB).get("/api/artifacts/" + artifact), 404);
        problem(as(BOB).postJson("/api/chat", Map.of("conversationId", conversation, "message", "mine now")), 404);
        assertThat(as(BOB).get("/api/conversations").body()).doesNotContain(conversation);
        assertThat(as(ADMIN).get("/api/conversations/" + conversation).statusCode()).isEqualTo(200);
    }

    @Test
    void should_create_use_and_revoke_a_database_token_when_an_admin_asks() throws Exception {
        // when
        var created = as(ADMIN).postJson("/api/admin/tokens", Map.of("name", "ci-pipeline", "role", "architect"));
        String token = Http.json(created).get("token").asText();

        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(as(token).get("/api/conversations").statusCode()).isEqualTo(200);
        problem(as(ALICE).postJson("/api/admin/tokens", Map.of("name", "x", "role", "admin")), 403);
        var revoked = as(ADMIN).send(as(ADMIN).request("/api/admin/tokens/ci-pipeline").DELETE().build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        problem(as(token).get("/api/conversations"), 401);
        problem(as(ADMIN).send(as(ADMIN).request("/api/admin/tokens/ci-pipeline").DELETE().build()), 404);
    }

    @Test
    void should_audit_requests_and_turns_without_message_text_or_tokens() throws Exception {
        // given
        chat(ALICE, "secret-sauce CREATE TABLE payroll (salary numeric);");

        // when
        String audit = as(ADMIN).get("/api/audit?limit=200").body();

        // then
        assertThat(audit).contains("\"action\":\"chat.turn\"").contains("\"action\":\"http.request\"")
                .contains("POST /api/chat").doesNotContain("secret-sauce").doesNotContain("payroll")
                .doesNotContain(ALICE).doesNotContain(ADMIN);
        problem(as(ALICE).get("/api/audit"), 403);
    }

    @Test
    void should_answer_429_with_retry_after_when_a_token_exceeds_its_rate() throws Exception {
        WebApp limited = TestApps.start(Map.of("DBARCH_API_TOKENS", ALICE + ":architect", "DBARCH_RATE_LIMIT", "3"));
        try {
            var http = Http.to(limited).withToken(ALICE);
            for (int i = 0; i < 3; i++) {
                assertThat(http.get("/api/conversations").statusCode()).isEqualTo(200);
            }
            var refused = http.get("/api/conversations");
            assertThat(problem(refused, 429).get("detail").asText()).contains("Too many requests");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Integer.parseInt(v)).isBetween(1, 60));
        } finally {
            limited.stop();
        }
    }
}
