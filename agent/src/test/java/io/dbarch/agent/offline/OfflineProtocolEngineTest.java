package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.output.FinishReason;
import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.dbarch.agent.memory.BoundedChatMemoryStore;
import io.dbarch.agent.tools.SchemaTools;
import io.dbarch.knowledge.sql.DdlReader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineProtocolEngineTest {

    private static final String DDL = "CREATE TABLE orders (id bigint PRIMARY KEY, note text DEFAULT 'a \"b\"');";
    private static final List<ToolSpecification> SCHEMA_TOOLS = ToolSpecifications.toolSpecificationsFrom(SchemaTools.class);

    private final OfflineProtocolEngine engine = new OfflineProtocolEngine();

    private static ChatRequest request(List<ToolSpecification> tools, ChatMessage... messages) {
        return ChatRequest.builder().messages(List.of(messages)).toolSpecifications(tools).build();
    }

    @Test
    void should_call_inspect_schema_with_the_ddl_when_the_user_message_holds_ddl() throws Exception {
        // given
        var request = request(SCHEMA_TOOLS, SystemMessage.from("sys"),
                UserMessage.from("Review this:\n```sql\n" + DDL + "\n```"));

        // when
        AiMessage reply = engine.chat(request).aiMessage();

        // then
        assertThat(reply.toolExecutionRequests()).hasSize(1);
        ToolExecutionRequest call = reply.toolExecutionRequests().get(0);
        assertThat(call.name()).isEqualTo("inspectSchema");
        assertThat(new ObjectMapper().readValue(call.arguments(), Map.class)).isEqualTo(Map.of("ddl", DDL));
    }

    @Test
    void should_compose_protocol_sections_with_the_tool_result_when_the_last_message_is_a_tool_result() {
        // given
        var call = ToolExecutionRequest.builder().id("1").name("inspectSchema").arguments("{}").build();
        String summary = "Read pasted.sql as postgresql: 1 schema statements, 1 understood.\nObjects: 1 table, 2 columns.";
        var request = request(SCHEMA_TOOLS, UserMessage.from(DDL), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, summary));

        // when
        var response = engine.chat(request);

        // then
        assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.aiMessage().text()).startsWith("## Summary").contains(summary).contains("## Next steps")
                .doesNotContain("I found no tables");
    }

    @Test
    void should_ask_for_tables_when_the_tool_found_none() {
        // given
        var call = ToolExecutionRequest.builder().id("1").name("inspectSchema").arguments("{}").build();
        String summary = "Read pasted.sql as postgresql: 0 schema statements, 0 understood.\nObjects: 0 tables.";
        var request = request(SCHEMA_TOOLS, UserMessage.from(DDL), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, summary));

        // then
        assertThat(engine.chat(request).aiMessage().text()).contains("I found no tables");
    }

    @Test
    void should_point_at_diagnostics_when_the_tool_reports_unreadable_statements() {
        // given
        var call = ToolExecutionRequest.builder().id("1").name("inspectSchema").arguments("{}").build();
        String summary = "Objects: 1 table.\nDiagnostics (2):\npasted.sql:3:1 CREATE TABLE: x\npasted.sql:9:1 OTHER: y";
        var request = request(SCHEMA_TOOLS, UserMessage.from(DDL), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, summary));

        // then
        assertThat(engine.chat(request).aiMessage().text()).contains("Check the 2 statements listed under Diagnostics");
    }

    @Test
    void should_ask_a_question_and_call_no_tool_when_the_message_has_no_ddl() {
        // given
        var request = request(SCHEMA_TOOLS, UserMessage.from("Should we shard our orders table?"));

        // when
        AiMessage reply = engine.chat(request).aiMessage();

        // then
        assertThat(reply.hasToolExecutionRequests()).isFalse();
        assertThat(reply.text()).contains("Paste PostgreSQL or MySQL DDL")
                .contains("Which schema should I review?");
    }

    @Test
    void should_say_the_tool_is_missing_when_ddl_arrives_without_schema_tools() {
        // given
        var request = request(List.of(), UserMessage.from(DDL));

        // when
        AiMessage reply = engine.chat(request).aiMessage();

        // then
        assertThat(reply.hasToolExecutionRequests()).isFalse();
        assertThat(reply.text()).contains("schema inspection tool is not enabled");
    }

    @Test
    void should_answer_with_the_tool_result_when_driving_the_agent_end_to_end() {
        // given
        var agent = new AdvisorAgent(engine, new BoundedChatMemoryStore(),
                List.of(new SchemaTools(new DdlReader())), Clock.systemUTC());

        // when
        AdvisorReply reply = agent.ask("c1", "```sql\n" + DDL + "\n```");

        // then
        assertThat(reply.toolsUsed()).containsExactly("inspectSchema");
        assertThat(reply.answer()).startsWith("## Summary")
                .contains("Read pasted.sql as postgresql: 1 schema statements, 1 understood.")
                .contains("Tables (1): public.orders (2 columns).")
                .contains("## Next steps").doesNotContain("I found no tables");
    }

    @Test
    void should_answer_without_tools_when_driving_the_agent_with_a_question() {
        // given
        var agent = new AdvisorAgent(engine, new BoundedChatMemoryStore(),
                List.of(new SchemaTools(new DdlReader())), Clock.systemUTC());

        // when
        AdvisorReply reply = agent.ask("c1", "What should I index?");

        // then
        assertThat(reply.toolsUsed()).isEmpty();
        assertThat(reply.answer()).contains("Which schema should I review?");
    }
}
