package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.intake.Attachment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scripted model calls renderErd on schemas above and below the split threshold: a split schema gets only its
 * overview (the areas named in the result), one area is drawn when asked for, an unknown area is refused with the
 * valid names, and a small schema keeps its one full diagram.
 */
class ErdAreasTest {

    /** 45 tables in three families of 15: split (above 40) into the areas billing, catalog and shipping. */
    private static final String FAMILIES = SyntheticSchema.families(15, "billing", "catalog", "shipping");

    private static AdvisorReply draw(ScriptedChatModel model, String ddl) {
        return AdvisorAgent.builder().chatModel(model).build()
                .ask("c", "draw it", List.of(new Attachment("shop.sql", ddl)));
    }

    private static ScriptedChatModel renderErd(String arguments) {
        return new ScriptedChatModel(AiMessage.from(ToolExecutionRequest.builder().id("c1").name("renderErd")
                .arguments(arguments).build()), AiMessage.from("done"));
    }

    private static ToolExecutionResultMessage result(ScriptedChatModel model) {
        return model.requests.get(1).messages().stream().filter(ToolExecutionResultMessage.class::isInstance)
                .map(ToolExecutionResultMessage.class::cast).reduce((a, b) -> b).orElseThrow();
    }

    private static List<String> names(AdvisorReply reply) {
        return reply.artifacts().stream().map(Artifact::name).toList();
    }

    @Test
    void should_store_only_the_overview_and_name_the_areas_when_a_split_schema_is_drawn() {
        // given
        var model = renderErd("{\"ddl\":\"art-1\"}");

        // when
        AdvisorReply reply = draw(model, FAMILIES);

        // then
        assertThat(reply.toolsUsed()).containsExactly("renderErd");
        assertThat(names(reply)).containsExactly("shop.sql", "erd-overview.svg", "erd-overview.puml",
                "erd-overview.mmd");
        assertThat(result(model).text()).contains("Split into 3 subject areas").contains("drawn: the overview")
                .contains("\n1. billing (15 tables): billing_01, billing_02")
                .contains("\n2. catalog (15 tables): ").contains("\n3. shipping (15 tables): ")
                .contains("Stored 3 artifacts: art-2 erd-overview.svg, art-3 erd-overview.puml, "
                        + "art-4 erd-overview.mmd.");
    }

    @Test
    void should_draw_that_area_with_its_tables_when_the_model_names_an_area() {
        // given
        var model = renderErd("{\"ddl\":\"art-1\",\"area\":\"shipping\"}");

        // when
        AdvisorReply reply = draw(model, FAMILIES);

        // then
        assertThat(names(reply)).containsExactly("shop.sql", "erd-03-shipping.svg", "erd-03-shipping.puml",
                "erd-03-shipping.mmd");
        Artifact svg = reply.artifacts().get(1);
        assertThat(svg.mediaType()).isEqualTo("image/svg+xml");
        assertThat(svg.text()).contains(">shipping_root<", ">shipping_01<", ">shipping_14<")
                .doesNotContain(">billing_01<");
        assertThat(result(model).text()).contains("Drawn: subject area 3 of 3, shipping (15 tables");
    }

    @Test
    void should_draw_the_area_of_that_number_when_the_model_passes_a_number() {
        // given
        var model = renderErd("{\"ddl\":\"art-1\",\"area\":\"2\"}");

        // when
        AdvisorReply reply = draw(model, FAMILIES);

        // then
        assertThat(names(reply)).containsExactly("shop.sql", "erd-02-catalog.svg", "erd-02-catalog.puml",
                "erd-02-catalog.mmd");
    }

    @Test
    void should_return_an_error_naming_the_valid_areas_when_the_area_is_unknown() {
        // given
        var model = renderErd("{\"ddl\":\"art-1\",\"area\":\"invoices\"}");

        // when
        AdvisorReply reply = draw(model, FAMILIES);

        // then
        ToolExecutionResultMessage result = result(model);
        assertThat(result.isError()).isTrue();
        assertThat(result.text()).isEqualTo("renderErd failed: No subject area 'invoices'; the 3 areas are "
                + "'billing', 'catalog', 'shipping' (or their numbers 1 to 3).");
        assertThat(names(reply)).containsExactly("shop.sql");
    }

    @Test
    void should_keep_one_full_diagram_when_the_schema_has_at_most_40_tables() {
        // given
        var model = renderErd("{\"ddl\":\"art-1\"}");

        // when
        AdvisorReply reply = draw(model, SyntheticSchema.of(40));

        // then
        assertThat(names(reply)).containsExactly("shop.sql", "erd.svg", "erd.puml", "erd.mmd");
        assertThat(reply.artifacts().get(1).text()).contains(">t_0000<", ">t_0039<");
        assertThat(result(model).text()).contains("of 40 tables and 39 relationships.").doesNotContain("area");
    }
}
