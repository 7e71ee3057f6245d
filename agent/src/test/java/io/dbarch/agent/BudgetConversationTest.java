package io.dbarch.agent;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.agent.provider.ProviderModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 60-turn conversation over an OpenAI-compatible server that pastes a 300-table schema and asks follow-ups: every
 * request the server receives fits 8,192 tokens (compact JSON body counted with jtokkit, plus max_tokens), and the
 * tools still resolve the pasted schema's artifact at the end.
 */
class BudgetConversationTest {

    static final int TURNS = 60;
    static final int LIMIT = 8_192;
    private static final String PATH = "/v1/chat/completions";
    private static WireMockServer wm;
    private final ObjectMapper json = new ObjectMapper();
    private final TokenCounter counter = new TokenCounter();

    @BeforeAll
    static void start() {
        wm = new WireMockServer(options().dynamicPort());
        wm.start();
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    /** The follow-up of turn {@code i} (2…60) and the tool call the model answers it with. */
    static String[] followUp(int i) {
        String table = SyntheticSchema.tableName((i * 37) % 300);
        return switch (i % 5) {
            case 0 -> new String[] {"Which columns does " + table + " have?", "describeTable",
                    "{\"ddl\":\"art-1\",\"table\":\"" + table + "\"}"};
            case 1 -> new String[] {"Draw the ERD around " + table + ".", "renderErd",
                    "{\"ddl\":\"art-1\",\"focusTable\":\"" + table + "\",\"depth\":1}"};
            case 2 -> new String[] {"Show me page " + (i % 7 + 1) + " of the schema.", "readArtifact",
                    "{\"id\":\"art-1\",\"page\":" + (i % 7 + 1) + "}"};
            case 3 -> new String[] {"Summarise the schema again.", "inspectSchema", "{\"ddl\":\"art-1\"}"};
            default -> new String[] {"Anything risky in " + table + "? " + "Explain in detail. ".repeat(20),
                    "describeTable", "{\"ddl\":\"art-1\",\"table\":\"" + table + "\"}"};
        };
    }

    @Test
    void should_keep_every_request_within_8192_tokens_when_a_300_table_schema_is_discussed_for_60_turns()
            throws Exception {
        // given
        ProviderModels models = ProviderModels.openAi("http://localhost:" + wm.port() + "/v1", "test-key",
                "gpt-4o-mini", Duration.ofSeconds(10), OpenAiProviderTest.FAST_RETRY, new OfflineProtocolEngine());
        AdvisorAgent agent = AdvisorAgent.builder().models(models).build();
        String schema = SyntheticSchema.of(300);
        List<String> toolResults = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        var lastRequest = new java.util.concurrent.atomic.AtomicReference<String>("");

        // when
        for (int i = 1; i <= TURNS; i++) {
            String[] turn = i == 1 ? new String[] {"Review this schema:\n```sql\n" + schema + "```", "inspectSchema",
                    "{\"ddl\":\"art-1\"}"} : followUp(i);
            wm.resetAll();
            wm.stubFor(post(PATH).atPriority(1).withRequestBody(matchingJsonPath("$.messages[-1:][?(@.role == 'tool')]"))
                    .willReturn(okJson(OpenAiWire.answer("Turn " + i + ": see art-1 for the schema."))));
            wm.stubFor(post(PATH).atPriority(5).willReturn(okJson(OpenAiWire.toolCall(turn[1], turn[2]))));
            AdvisorReply reply = agent.ask("budget", turn[0]);

            // then (per turn)
            assertThat(reply.toolsUsed()).as("turn %d", i).containsExactly(turn[1]);
            List<LoggedRequest> requests = wm.findAll(postRequestedFor(urlEqualTo(PATH)));
            assertThat(requests).as("turn %d", i).hasSize(2);
            for (LoggedRequest request : requests) {
                sizes.add(tokens(request));
                assertThat(tokens(request)).as("turn %d request tokens", i).isLessThanOrEqualTo(LIMIT);
            }
            lastRequest.set(requests.get(0).getBodyAsString());
            toolResults.add(toolResult(requests.get(1)));
        }

        // then
        assertThat(toolResults.get(0)).contains("Objects: 300 tables").contains("Source: art-1.");
        String lastDescribe = SyntheticSchema.tableName((60 * 37) % 300);
        assertThat(toolResults.get(TURNS - 1)).contains("Table public." + lastDescribe);
        assertThat(toolResults.get(TURNS - 3)).contains("Objects: 300 tables");
        assertThat(lastRequest.get()).as("the last request still names the pasted schema").contains("art-1");
        System.out.printf("Budget conversation: %d requests, tokens mean %.0f, max %d (limit %d)%n", sizes.size(),
                sizes.stream().mapToInt(Integer::intValue).average().orElse(0),
                sizes.stream().mapToInt(Integer::intValue).max().orElse(0), LIMIT);
        assertThat(agent.artifacts().find("budget", "art-1").orElseThrow().text()).isEqualTo(schema.strip());
    }

    /** The request's tokens: its JSON body, compact, plus the answer room it reserves. */
    private int tokens(LoggedRequest request) throws Exception {
        JsonNode body = json.readTree(request.getBodyAsString());
        return counter.count(json.writeValueAsString(body)) + body.get("max_tokens").asInt();
    }

    private String toolResult(LoggedRequest request) throws Exception {
        JsonNode messages = json.readTree(request.getBodyAsString()).get("messages");
        return messages.get(messages.size() - 1).get("content").asText();
    }
}
