package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.dbarch.agent.memory.BoundedChatMemoryStore;
import io.dbarch.agent.tools.SchemaTools;
import io.dbarch.knowledge.sql.DdlReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvisorAgentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-25T10:00:00Z"), ZoneOffset.UTC);

    private static AdvisorAgent agent(ScriptedChatModel model) {
        return new AdvisorAgent(model, new BoundedChatMemoryStore(), List.of(new SchemaTools(new DdlReader())), CLOCK);
    }

    private static AiMessage inspectCall(String ddl) throws Exception {
        String args = new ObjectMapper().writeValueAsString(Map.of("ddl", ddl));
        return AiMessage.from(ToolExecutionRequest.builder().id("call-1").name("inspectSchema").arguments(args).build());
    }

    private static ToolExecutionResultMessage toolResult(List<ChatMessage> messages) {
        return messages.stream().filter(ToolExecutionResultMessage.class::isInstance)
                .map(ToolExecutionResultMessage.class::cast).findFirst().orElseThrow();
    }

    @Test
    void should_route_inspect_schema_with_the_exact_ddl_when_the_model_calls_it() throws Exception {
        // given
        String ddl = """
                CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL, note text DEFAULT 'it''s "ok"');
                CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));
                """;
        var model = new ScriptedChatModel(inspectCall(ddl), AiMessage.from("Two tables."));

        // when
        AdvisorReply reply = agent(model).ask("c1", "Review this schema");

        // then
        assertThat(reply.toolsUsed()).containsExactly("inspectSchema");
        assertThat(reply.answer()).isEqualTo("Two tables.");
        ToolExecutionResultMessage result = toolResult(model.requests.get(1).messages());
        assertThat(result.toolName()).isEqualTo("inspectSchema");
        assertThat(result.text()).startsWith("Read pasted.sql as postgresql: 2 schema statements, 2 understood.")
                .contains("Objects: 2 tables, 5 columns, 2 primary keys, 1 foreign key")
                .contains("Tables (2): public.customer (3 columns), public.orders (2 columns).");
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    }

    @Test
    void should_offer_inspect_schema_with_a_ddl_parameter_when_the_agent_has_schema_tools() {
        // given
        var model = new ScriptedChatModel(AiMessage.from("ok"));

        // when
        agent(model).ask("c1", "hello");

        // then
        ToolSpecification spec = model.requests.get(0).toolSpecifications().stream()
                .filter(s -> s.name().equals("inspectSchema")).findFirst().orElseThrow();
        assertThat(spec.parameters().properties()).containsOnlyKeys("ddl");
        assertThat(spec.parameters().required()).containsExactly("ddl");
    }

    @Test
    void should_report_the_tool_error_to_the_model_when_the_ddl_argument_is_blank() throws Exception {
        // given
        var model = new ScriptedChatModel(inspectCall("  "), AiMessage.from("Please paste the DDL."));

        // when
        agent(model).ask("c1", "Review");

        // then
        ToolExecutionResultMessage result = toolResult(model.requests.get(1).messages());
        assertThat(result.text()).contains("The ddl argument is empty");
    }

    @Test
    void should_pass_user_text_verbatim_when_it_contains_template_braces() {
        // given
        var model = new ScriptedChatModel(AiMessage.from("ok"));
        String message = "What is {{current_date}} and {{unknown}} in a CHECK?";

        // when
        agent(model).ask("c1", message);

        // then
        List<ChatMessage> sent = model.requests.get(0).messages();
        assertThat(sent).hasSize(2);
        assertThat(((UserMessage) sent.get(1)).singleText()).isEqualTo(message);
        String system = ((SystemMessage) sent.get(0)).text();
        assertThat(system).contains("You are dbarch").contains("Today is 2025-11-25.").doesNotContain("{{");
    }

    @Test
    void should_remember_earlier_turns_when_the_conversation_id_is_reused() {
        // given
        var model = new ScriptedChatModel(AiMessage.from("first answer"), AiMessage.from("second answer"));
        AdvisorAgent agent = agent(model);

        // when
        agent.ask("c1", "first question");
        agent.ask("c1", "second question");

        // then
        List<ChatMessage> second = model.requests.get(1).messages();
        assertThat(second).hasSize(4);
        assertThat(((UserMessage) second.get(1)).singleText()).isEqualTo("first question");
        assertThat(((AiMessage) second.get(2)).text()).isEqualTo("first answer");
    }

    @Test
    void should_not_share_memory_when_conversation_ids_differ() {
        // given
        var model = new ScriptedChatModel(AiMessage.from("first answer"), AiMessage.from("second answer"));
        AdvisorAgent agent = agent(model);

        // when
        agent.ask("c1", "first question");
        agent.ask("c2", "second question");

        // then
        assertThat(model.requests.get(1).messages()).hasSize(2);
    }
}
