package io.dbarch.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.agent.provider.ProviderModels;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent against Anthropic's Messages API (WireMock): tool round trip, streaming and a failing server. */
class AnthropicProviderTest {

    private static final String KEY = "sk-ant-test-SECRET-42";
    private static final String PATH = "/v1/messages";
    private static final String TOOL_USE = """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-test",
             "content":[{"type":"tool_use","id":"toolu_1","name":"describeTable",
                         "input":{"ddl":"art-1","table":"orders"}}],
             "stop_reason":"tool_use","usage":{"input_tokens":40,"output_tokens":12}}""";
    private static final String FINAL = """
            {"id":"msg_2","type":"message","role":"assistant","model":"claude-test",
             "content":[{"type":"text","text":"orders has 2 columns."}],
             "stop_reason":"end_turn","usage":{"input_tokens":90,"output_tokens":8}}""";
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

    private static AdvisorAgent agent() {
        ProviderModels models = ProviderModels.anthropic("http://localhost:" + wm.port() + "/v1/", KEY,
                "claude-test", Duration.ofSeconds(5), OpenAiProviderTest.FAST_RETRY, new OfflineProtocolEngine());
        return AdvisorAgent.builder().models(models).build();
    }

    private List<LoggedRequest> requests() {
        return wm.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_run_the_tool_and_return_the_answer_when_claude_calls_a_tool() throws Exception {
        // given
        wm.stubFor(post(PATH).atPriority(1).withRequestBody(containing("tool_result")).willReturn(okJson(FINAL)));
        wm.stubFor(post(PATH).atPriority(5).willReturn(okJson(TOOL_USE)));

        // when
        AdvisorReply reply = agent().ask("c1",
                "```sql\nCREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2));\n```\nWhat about orders?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("describeTable");
        assertThat(reply.answer()).isEqualTo("orders has 2 columns.");
        assertThat(requests().get(0).getHeader("x-api-key")).isEqualTo(KEY);
        JsonNode second = json.readTree(requests().get(1).getBodyAsString());
        assertThat(second.get("system").toString()).contains("You are dbarch");
        assertThat(second.get("max_tokens").asInt()).isEqualTo(1_536);
        assertThat(second.get("messages").toString()).contains("tool_result")
                .contains("Table public.orders (pasted.sql:1:1), 2 columns");
    }

    @Test
    void should_stream_text_deltas_when_claude_streams() throws Exception {
        // given
        String sse = event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":[],\"stop_reason\":null,"
                + "\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}")
                + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
                + delta("Partition ") + delta("by month.")
                + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                + "\"usage\":{\"output_tokens\":5}}")
                + event("message_stop", "{\"type\":\"message_stop\"}");
        wm.stubFor(post(PATH).willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(sse)));
        List<String> pieces = new CopyOnWriteArrayList<>();

        // when
        AdvisorReply reply = agent().stream("c1", "How to split events?", List.of(), pieces::add)
                .get(10, TimeUnit.SECONDS);

        // then
        assertThat(pieces).containsExactly("Partition ", "by month.");
        assertThat(reply.answer()).isEqualTo("Partition by month.");
    }

    @Test
    void should_answer_offline_with_a_notice_when_claude_is_overloaded() {
        // given
        wm.stubFor(post(PATH).willReturn(aResponse().withStatus(529).withBody("{\"type\":\"error\"}")));

        // when
        AdvisorReply reply = agent().ask("c1", "hello");

        // then
        assertThat(requests()).hasSize(3);
        assertThat(reply.answer()).startsWith("> Note: the language model (anthropic claude-test) could not answer: "
                + "HTTP 529").contains("Which schema should I review?").doesNotContain(KEY);
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static String delta(String text) {
        return event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":\"" + text + "\"}}");
    }
}
