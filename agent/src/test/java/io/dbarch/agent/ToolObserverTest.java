package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.dbarch.agent.tools.SchemaTools;
import io.dbarch.knowledge.sql.DdlReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ToolObserverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final String DDL = "CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);";

    record Finished(String tool, Duration took, boolean failed) {
    }

    /** A tool that takes a known time, so that the reported duration can be checked against it. */
    public static final class PauseTool {
        @Tool(name = "pause", value = "Waits the given number of milliseconds.")
        public String pause(@P(name = "millis", value = "milliseconds") int millis) throws InterruptedException {
            Thread.sleep(millis);
            return "waited " + millis + " ms";
        }
    }

    private static AiMessage call(String id, String tool, Map<String, Object> arguments) throws Exception {
        return AiMessage.from(ToolExecutionRequest.builder().id(id).name(tool)
                .arguments(new ObjectMapper().writeValueAsString(arguments)).build());
    }

    private static AdvisorAgent agent(ScriptedChatModel model, ToolObserver observer) {
        return AdvisorAgent.builder().chatModel(model).tools(List.of(new SchemaTools(new DdlReader()), new PauseTool()))
                .clock(CLOCK).toolObserver(observer).build();
    }

    @Test
    void should_report_every_executed_tool_with_its_duration_and_failure_when_the_model_calls_tools()
            throws Exception {
        // given: a success, a tool error, a timed tool and a tool that does not exist
        var finished = new CopyOnWriteArrayList<Finished>();
        var model = new ScriptedChatModel(
                call("c1", SchemaTools.INSPECT_SCHEMA, Map.of("ddl", DDL)),
                call("c2", SchemaTools.INSPECT_SCHEMA, Map.of("ddl", "  ")),
                call("c3", "pause", Map.of("millis", 40)),
                call("c4", "dropEverything", Map.of()),
                AiMessage.from("done"));

        // when
        AdvisorReply reply = agent(model, (tool, took, failed) -> finished.add(new Finished(tool, took, failed)))
                .ask("conv-1", "Review this schema");

        // then
        assertThat(reply.answer()).isEqualTo("done");
        assertThat(finished).extracting(Finished::tool, Finished::failed).containsExactly(
                tuple(SchemaTools.INSPECT_SCHEMA, false),
                tuple(SchemaTools.INSPECT_SCHEMA, true),
                tuple("pause", false));
        assertThat(finished).allSatisfy(f -> assertThat(f.took()).isGreaterThanOrEqualTo(Duration.ZERO));
        assertThat(finished.get(2).took()).isGreaterThanOrEqualTo(Duration.ofMillis(40));
    }

    @Test
    void should_give_the_model_the_tool_result_when_the_observer_throws() throws Exception {
        // given
        var model = new ScriptedChatModel(call("c1", SchemaTools.INSPECT_SCHEMA, Map.of("ddl", DDL)),
                AiMessage.from("done"));
        ToolObserver broken = (tool, took, failed) -> {
            throw new IllegalStateException("metrics registry closed");
        };

        // when
        agent(model, broken).ask("conv-1", "Review this schema");

        // then
        ToolExecutionResultMessage result = model.requests.get(1).messages().stream()
                .filter(ToolExecutionResultMessage.class::isInstance).map(ToolExecutionResultMessage.class::cast)
                .findFirst().orElseThrow();
        assertThat(result.text()).contains("public.orders").doesNotContain("metrics registry closed");
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    }
}
