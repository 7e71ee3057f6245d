package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import io.dbarch.agent.artifact.InMemoryArtifactStore;
import io.dbarch.agent.budget.ContextBudget;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.agent.tools.StandardTools;
import io.dbarch.prompts.PromptVariables;
import io.dbarch.prompts.Prompts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shipped prompt renders with all variables bound; its token count, with the tools', fits its share. */
class PromptTokensTest {

    private final TokenCounter counter = new TokenCounter();

    @Test
    void should_render_every_prompt_and_leave_room_for_the_conversation_when_counted_with_the_tools() {
        // given
        var variables = new PromptVariables("PostgreSQL and MySQL", LocalDate.of(2026, 1, 1));
        List<ToolSpecification> tools = StandardTools.create(new InMemoryArtifactStore(), new EscalationLog(), 4_000,
                Clock.systemUTC()).stream().flatMap(t -> ToolSpecifications.toolSpecificationsFrom(t).stream())
                .toList();
        int toolTokens = counter.countTools(tools);
        ContextBudget budget = ContextBudget.defaults();

        for (String name : Prompts.NAMES) {
            // when
            String rendered = Prompts.load(name).render(variables);
            int tokens = counter.count(rendered);
            System.out.printf("prompt %s: %d tokens; %d tool specifications: %d tokens; prompt budget %d%n", name,
                    tokens, tools.size(), toolTokens, budget.promptTokens());

            // then
            assertThat(rendered).as(name).doesNotContain("{{");
            assertThat(tokens + toolTokens).as(name + " with tools").isLessThan(budget.promptTokens() / 2);
        }
    }
}
