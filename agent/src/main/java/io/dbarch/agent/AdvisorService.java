package io.dbarch.agent;

import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.service.AiServices;
import io.dbarch.agent.budget.BudgetedChatModel;
import io.dbarch.agent.budget.BudgetedStreamingChatModel;
import io.dbarch.agent.budget.RequestFitter;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.memory.FoldingChatMemory;
import io.dbarch.prompts.Prompt;
import io.dbarch.prompts.PromptVariables;
import io.dbarch.prompts.Prompts;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Builds the AI service: the persona as system message, folding memory in the store, guarded tools whose large
 * results become artifacts, and the budget enforced twice — by the request transformer (which can keep trimmed
 * text as artifacts) and by the model decorators (which measure every request and guarantee the limit).
 */
final class AdvisorService {

    static final String DIALECTS = "PostgreSQL and MySQL";

    private AdvisorService() {
    }

    static String systemPrompt(java.time.Clock clock) {
        return Prompts.load(Prompts.ADVISOR_SYSTEM).render(new PromptVariables(DIALECTS, LocalDate.now(clock)));
    }

    static Advisor build(AdvisorAgentBuilder b, TokenCounter counter, RequestFitter fitter) {
        Prompt system = Prompts.load(Prompts.ADVISOR_SYSTEM);
        system.render(new PromptVariables(DIALECTS, LocalDate.now(b.clock))); // fail at start, not on first chat
        var limiter = new ToolResultLimiter(b.artifacts, counter, b.budget.toolResultTokens());
        var tools = GuardedTools.of(b.toolObjects(), limiter, b.toolObserver);
        String names = tools.keySet().stream().map(s -> s.name()).collect(Collectors.joining(", "));
        var overflow = new ArtifactOverflow(b.artifacts);
        var builder = AiServices.builder(Advisor.class)
                .chatModel(new BudgetedChatModel(b.chatModel, fitter, b.meter))
                .streamingChatModel(new BudgetedStreamingChatModel(b.streaming(), fitter, b.meter))
                .systemMessageProvider(id -> system.render(new PromptVariables(DIALECTS, LocalDate.now(b.clock))))
                .chatMemoryProvider(id -> new FoldingChatMemory(id, b.memoryStore, counter, b.budget.memoryTokens(),
                        b.budget.summaryTokens()))
                .chatRequestTransformer((request, id) -> fitter.fit(request, overflow.forConversation(id)))
                .hallucinatedToolNameStrategy(call -> ToolExecutionResultMessage.from(call, "There is no tool named '"
                        + clip(call.name()) + "'. Available tools: " + (names.isEmpty() ? "none" : names) + "."))
                .maxToolCallingRoundTrips(AdvisorAgent.MAX_TOOL_ROUNDS);
        if (!tools.isEmpty()) {
            builder.tools(tools);
        }
        return builder.build();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
