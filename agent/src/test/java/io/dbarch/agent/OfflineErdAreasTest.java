package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The offline engine with the standard tools on a schema split into subject areas: the review draws the overview
 * only and names the areas; a follow-up naming an area (or its number) draws that area; an unknown name gets the
 * valid ones.
 */
class OfflineErdAreasTest {

    /** 45 tables in three families of 15: split (above 40) into the areas billing, catalog and shipping. */
    private static final String FAMILIES = SyntheticSchema.families(15, "billing", "catalog", "shipping");

    private final List<ToolExecutionRequest> calls = new ArrayList<>();
    private final AdvisorAgent agent = AdvisorAgent.builder().chatModel(recording(new OfflineProtocolEngine()))
            .build();

    /** The engine, with every tool call it makes recorded. */
    private ChatModel recording(ChatModel engine) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse response = engine.chat(request);
                calls.addAll(response.aiMessage().toolExecutionRequests());
                return response;
            }
        };
    }

    private Map<?, ?> lastCall(String tool) throws Exception {
        ToolExecutionRequest call = calls.stream().filter(c -> c.name().equals(tool)).reduce((a, b) -> b)
                .orElseThrow();
        return new ObjectMapper().readValue(call.arguments(), Map.class);
    }

    private static List<String> names(AdvisorReply reply) {
        return reply.artifacts().stream().map(Artifact::name).toList();
    }

    private AdvisorReply review(String conversation) {
        return agent.ask(conversation, "Review this:\n```sql\n" + FAMILIES + "```");
    }

    @Test
    void should_draw_only_the_overview_and_name_the_areas_when_a_split_schema_is_reviewed() throws Exception {
        // when
        AdvisorReply reply = review("r1");

        // then
        assertThat(reply.toolsUsed()).containsExactly("inspectSchema", "lintSchema", "renderErd");
        assertThat(lastCall("renderErd")).isEqualTo(Map.of("ddl", "art-1"));
        assertThat(reply.artifacts()).filteredOn(a -> a.mediaType().startsWith("image/")).extracting(Artifact::name)
                .containsExactly("erd-overview.svg");
        assertThat(names(reply)).contains("erd-overview.puml", "erd-overview.mmd")
                .noneMatch(n -> n.startsWith("erd-0"));
        assertThat(reply.answer()).contains("## ERD").contains("\n1. billing (15 tables): ")
                .contains("\n2. catalog (15 tables): ").contains("\n3. shipping (15 tables): ")
                .contains("\"show the billing area\"");
    }

    @Test
    void should_draw_the_area_a_follow_up_names_when_the_schema_was_split() throws Exception {
        // given
        review("r2");

        // when
        AdvisorReply reply = agent.ask("r2", "Show the shipping area");

        // then
        assertThat(reply.toolsUsed()).containsExactly("renderErd");
        assertThat(lastCall("renderErd")).isEqualTo(Map.of("ddl", "art-1", "area", "shipping"));
        assertThat(names(reply)).containsExactly("erd-03-shipping.svg", "erd-03-shipping.puml",
                "erd-03-shipping.mmd");
        assertThat(reply.artifacts().get(0).text()).contains(">shipping_root<", ">shipping_14<")
                .doesNotContain(">billing_01<");
        assertThat(reply.answer()).contains("Drawn: subject area 3 of 3, shipping (15 tables");
    }

    @Test
    void should_draw_the_area_of_that_number_when_a_follow_up_gives_a_number() throws Exception {
        // given
        review("r3");

        // when
        AdvisorReply reply = agent.ask("r3", "draw area 2");

        // then
        assertThat(lastCall("renderErd")).isEqualTo(Map.of("ddl", "art-1", "area", "2"));
        assertThat(names(reply)).containsExactly("erd-02-catalog.svg", "erd-02-catalog.puml", "erd-02-catalog.mmd");
    }

    @Test
    void should_name_the_valid_areas_when_a_follow_up_asks_for_an_unknown_area() throws Exception {
        // given
        review("r4");

        // when
        AdvisorReply reply = agent.ask("r4", "Show the invoices area");

        // then
        assertThat(lastCall("renderErd")).isEqualTo(Map.of("ddl", "art-1", "area", "invoices"));
        assertThat(reply.artifacts()).isEmpty();
        assertThat(reply.answer()).contains("The diagram could not be drawn: renderErd failed: No subject area "
                + "'invoices'; the 3 areas are 'billing', 'catalog', 'shipping' (or their numbers 1 to 3).");
    }

    @Test
    void should_keep_the_single_full_diagram_and_offer_no_areas_when_the_schema_has_at_most_40_tables() {
        // when
        AdvisorReply reply = agent.ask("r5", "```sql\n" + SyntheticSchema.of(40) + "```");

        // then
        assertThat(reply.artifacts()).filteredOn(a -> a.mediaType().startsWith("image/")).extracting(Artifact::name)
                .containsExactly("erd.svg");
        assertThat(names(reply)).contains("erd.puml", "erd.mmd");
        assertThat(reply.answer()).contains("of 40 tables and 39 relationships.").doesNotContain("subject area");
    }
}
