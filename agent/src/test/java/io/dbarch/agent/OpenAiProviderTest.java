package io.dbarch.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dbarch.agent.budget.ContextBudget;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.agent.provider.ProviderModels;
import io.dbarch.agent.provider.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent against an OpenAI-compatible server (WireMock): tool round trips, streaming and faults. */
class OpenAiProviderTest {

    static final String KEY = "sk-test-SECRET-0123456789";
    static final String PATH = "/v1/chat/completions";
    static final RetryPolicy FAST_RETRY = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(100),
            Duration.ofSeconds(2));
    private static final String DDL = "```sql\nCREATE TABLE customer (id bigint PRIMARY KEY);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));\n```";
    private static WireMockServer wm;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
    }

    private static AdvisorAgent agent(Duration timeout) {
        ProviderModels models = ProviderModels.openAi("http://localhost:" + wm.port() + "/v1", KEY, "gpt-4o-mini",
                timeout, FAST_RETRY, new OfflineProtocolEngine());
        return AdvisorAgent.builder().models(models).build();
    }

    private List<LoggedRequest> requests() {
        return wm.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_run_the_tool_and_return_the_model_answer_when_the_server_calls_a_tool() throws Exception {
        // given
        wm.stubFor(post(PATH).atPriority(1).withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
                .willReturn(okJson(OpenAiWire.answer("Two tables; index orders.customer_id."))));
        wm.stubFor(post(PATH).atPriority(5).willReturn(okJson(OpenAiWire.toolCall("inspectSchema",
                "{\"ddl\":\"art-1\"}"))));

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).ask("c1", "Review this:\n" + DDL);

        // then
        assertThat(reply.toolsUsed()).containsExactly("inspectSchema");
        assertThat(reply.answer()).isEqualTo("Two tables; index orders.customer_id.");
        assertThat(requests()).hasSize(2);
        assertThat(requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode second = json.readTree(requests().get(1).getBodyAsString());
        JsonNode tool = second.get("messages").get(second.get("messages").size() - 1);
        assertThat(tool.get("role").asText()).isEqualTo("tool");
        assertThat(tool.get("content").asText()).contains("Objects: 2 tables").contains("Source: art-1.");
        assertThat(second.get("tools").toString()).contains("inspectSchema").contains("renderErd")
                .contains("lintSchema").contains("readArtifact");
        assertThat(second.get("max_tokens").asInt()).isEqualTo(ContextBudget.defaults().answerTokens());
    }

    @Test
    void should_stream_the_answer_in_pieces_when_the_server_streams() throws Exception {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(OpenAiWire.stream("Use ", "bigint ", "keys."))));
        List<String> pieces = new CopyOnWriteArrayList<>();

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).stream("c1", "Which key type?", List.of(), pieces::add)
                .get(10, TimeUnit.SECONDS);

        // then
        assertThat(pieces).containsExactly("Use ", "bigint ", "keys.");
        assertThat(reply.answer()).isEqualTo("Use bigint keys.");
        assertThat(json.readTree(requests().get(0).getBodyAsString()).get("stream").asBoolean()).isTrue();
    }

    @Test
    void should_retry_then_answer_offline_with_a_notice_when_the_server_keeps_failing_with_500() {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom " + KEY + "\"}")));

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).ask("c1", "Review this:\n" + DDL);

        // then
        assertThat(requests()).hasSize(1 + FAST_RETRY.maxRetries());
        assertThat(reply.answer()).startsWith("> Note: the language model (openai gpt-4o-mini) could not answer: "
                + "HTTP 500").contains("offline engine").contains("## Summary").contains("Objects: 2 tables")
                .doesNotContain(KEY);
        assertThat(reply.toolsUsed()).contains("inspectSchema");
    }

    @Test
    void should_wait_as_retry_after_says_and_succeed_when_the_server_rate_limits_once() {
        // given
        wm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("open")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        wm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs("open")
                .willReturn(okJson(OpenAiWire.answer("Fine."))));
        long start = System.nanoTime();

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).ask("c1", "hello");

        // then
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(reply.answer()).isEqualTo("Fine.");
        assertThat(requests()).hasSize(2);
        assertThat(waitedMs).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void should_fall_back_offline_when_rate_limits_persist() {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).ask("c1", "hello");

        // then
        assertThat(requests()).hasSize(3);
        assertThat(reply.answer()).startsWith("> Note: the language model").contains("HTTP 429")
                .contains("Which schema should I review?");
    }

    @Test
    void should_retry_then_fall_back_when_the_connection_is_reset() {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).ask("c1", "hello");

        // then
        assertThat(requests()).hasSize(3);
        assertThat(reply.answer()).startsWith("> Note: the language model").contains("connection")
                .contains("offline engine");
    }

    @Test
    void should_retry_then_fall_back_when_the_server_is_slower_than_the_timeout() {
        // given
        wm.stubFor(post(PATH).willReturn(okJson(OpenAiWire.answer("late")).withFixedDelay(1_500)));

        // when
        AdvisorReply reply = agent(Duration.ofMillis(300)).ask("c1", "hello");

        // then
        assertThat(requests()).hasSize(3);
        assertThat(reply.answer()).startsWith("> Note: the language model").contains("timeout")
                .doesNotContain("late");
    }

    @Test
    void should_complete_the_stream_offline_with_a_notice_when_the_streaming_server_fails() throws Exception {
        // given
        wm.stubFor(post(PATH).withHeader("Content-Type", equalTo("application/json"))
                .willReturn(aResponse().withStatus(503)));
        List<String> pieces = new CopyOnWriteArrayList<>();

        // when
        AdvisorReply reply = agent(Duration.ofSeconds(5)).stream("c1", "hello", List.of(), pieces::add)
                .get(10, TimeUnit.SECONDS);

        // then
        assertThat(requests()).hasSize(3);
        assertThat(String.join("", pieces)).startsWith("> Note: the language model").contains("HTTP 503");
        assertThat(reply.answer()).contains("Which schema should I review?");
    }
}
