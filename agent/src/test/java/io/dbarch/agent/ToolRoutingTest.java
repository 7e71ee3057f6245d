package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.budget.ContextBudget;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.intake.Attachment;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A scripted model calls each standard tool; the tests assert which tool ran with what, and its result. */
class ToolRoutingTest {

    private static final String SHOP = """
            CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id));
            CREATE TABLE refund (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));
            """;

    private static AiMessage call(String name, String arguments) {
        return AiMessage.from(ToolExecutionRequest.builder().id("c1").name(name).arguments(arguments).build());
    }

    private static ToolExecutionResultMessage result(ScriptedChatModel model) {
        return model.requests.get(1).messages().stream().filter(ToolExecutionResultMessage.class::isInstance)
                .map(ToolExecutionResultMessage.class::cast).reduce((a, b) -> b).orElseThrow();
    }

    private static AdvisorReply run(ScriptedChatModel model, ContextBudget budget, String message) {
        AdvisorAgent agent = AdvisorAgent.builder().chatModel(model).budget(budget).build();
        return agent.ask("c", message, List.of(new Attachment("shop.sql", SHOP)));
    }

    @Test
    void should_list_only_the_asked_rule_and_name_the_closest_rules_when_the_rule_is_unknown() {
        // given
        var model = new ScriptedChatModel(call("lintSchema", "{\"ddl\":\"art-1\",\"rule\":\"require-foreign-key-index\"}"),
                AiMessage.from("done"));
        var unknown = new ScriptedChatModel(call("lintSchema", "{\"ddl\":\"art-1\",\"rule\":\"foreign-key-index\"}"),
                AiMessage.from("done"));

        // when
        run(model, ContextBudget.defaults(), "which foreign keys lack an index?");
        run(unknown, ContextBudget.defaults(), "which foreign keys lack an index?");

        // then
        assertThat(result(model).text()).contains("2 findings of require-foreign-key-index")
                .contains("public.orders(customer_id)").doesNotContain("require-primary-key");
        assertThat(result(unknown).text()).contains("There is no lint rule 'foreign-key-index'")
                .contains("require-foreign-key-index");
    }

    @Test
    void should_lint_the_attached_script_in_migration_mode_when_the_model_asks_for_it() {
        // given
        var model = new ScriptedChatModel(call("lintSchema", "{\"ddl\":\"art-1\",\"mode\":\"migration\"}"),
                AiMessage.from("done"));

        // when
        AdvisorReply reply = run(model, ContextBudget.defaults(), "lint it");

        // then
        assertThat(reply.toolsUsed()).containsExactly("lintSchema");
        assertThat(result(model).text()).startsWith("Lint of art-1 (migration mode, postgresql):");
        assertThat(reply.artifacts()).extracting(Artifact::name).containsExactly("shop.sql", "lint-report.txt");
    }

    @Test
    void should_draw_only_the_neighbourhood_when_the_model_passes_a_focus_table() {
        // given
        var model = new ScriptedChatModel(
                call("renderErd", "{\"ddl\":\"art-1\",\"focusTable\":\"customer\",\"depth\":1}"),
                AiMessage.from("done"));

        // when
        AdvisorReply reply = run(model, ContextBudget.defaults(), "draw customer");

        // then
        assertThat(result(model).text()).contains("of 2 tables and 1 relationship, selected from 3 around customer")
                .contains("Stored 3 artifacts: art-2 erd.svg, art-3 erd.puml, art-4 erd.mmd.")
                .doesNotContain("Artifacts: erd.svg");
        assertThat(reply.artifacts()).extracting(Artifact::name).contains("erd.svg");
    }

    @Test
    void should_pass_renames_and_backfills_to_the_planner_when_the_model_drafts_a_migration() {
        // given
        String target = SHOP.replace("email text NOT NULL", "contact_email text NOT NULL, tier text NOT NULL");
        var model = new ScriptedChatModel(call("draftMigration", "{\"from\":\"art-1\",\"to\":\"art-2\","
                + "\"renames\":\"customer.email=customer.contact_email\",\"backfills\":\"customer.tier='basic'\"}"),
                AiMessage.from("done"));

        // when
        AdvisorReply reply = AdvisorAgent.builder().chatModel(model).build().ask("c", "migrate",
                List.of(new Attachment("v1.sql", SHOP), new Attachment("v2.sql", target)));

        // then
        assertThat(reply.toolsUsed()).containsExactly("draftMigration");
        assertThat(result(model).text()).contains("rename column public.customer.email").doesNotContain("Decide:")
                .doesNotContain("Not ready");
        assertThat(reply.artifacts()).extracting(Artifact::name).contains("migration-scripts.sql", "CHECKLIST.md");
    }

    @Test
    void should_return_the_requested_page_when_the_model_reads_an_artifact() {
        // given
        var model = new ScriptedChatModel(call("readArtifact", "{\"id\":\"art-1\",\"page\":1}"),
                AiMessage.from("done"));

        // when
        run(model, ContextBudget.defaults(), "show it");

        // then
        assertThat(result(model).text()).startsWith("art-1 shop.sql (application/sql), page 1 of 1")
                .contains("CREATE TABLE refund");
    }

    @Test
    void should_trim_a_large_result_to_its_share_and_keep_the_whole_as_an_artifact_when_it_is_over_budget() {
        // given
        String wide = "CREATE TABLE wide (" + IntStream.range(0, 200).mapToObj(i -> "column_number_" + i + "_with_a_long_and_rather_descriptive_name_for_testing text")
                .collect(Collectors.joining(", ")) + ");";
        var model = new ScriptedChatModel(call("describeTable", "{\"ddl\":\"art-1\",\"table\":\"wide\"}"),
                AiMessage.from("done"));
        ContextBudget small = new ContextBudget(6_144, 1_024);

        // when
        AdvisorReply reply = AdvisorAgent.builder().chatModel(model).budget(small).build()
                .ask("c", "describe wide", List.of(new Attachment("wide.sql", wide)));

        // then
        String text = result(model).text();
        assertThat(new TokenCounter().count(text)).isLessThanOrEqualTo(small.toolResultTokens());
        assertThat(text).startsWith("Table public.wide").contains("result trimmed to fit the context budget")
                .contains("read it with readArtifact");
        Artifact full = reply.artifacts().stream().filter(a -> a.name().equals("describeTable-result.txt"))
                .findFirst().orElseThrow();
        assertThat(full.text()).contains("column_number_59_with").contains("… and 140 more columns");
    }
}
