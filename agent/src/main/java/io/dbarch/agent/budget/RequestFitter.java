package io.dbarch.agent.budget;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a request fit the {@link ContextBudget}: caps every tool result and the user's message at their shares
 * (the full text goes to {@link Overflow}), then drops the oldest whole turns of history, then shrinks the current
 * turn's tool results and tool-call arguments, and reserves the answer room with {@code maxOutputTokens}. A request
 * that already fits keeps its messages. Fails only when the system prompt and tool specifications alone exceed the
 * budget — a configuration error.
 */
public final class RequestFitter {

    private final ContextBudget budget;
    private final TokenCounter counter;
    private final TextTrimmer trimmer;

    public RequestFitter(ContextBudget budget, TokenCounter counter) {
        this.budget = requireNonNull(budget, "budget");
        this.counter = requireNonNull(counter, "counter");
        this.trimmer = new TextTrimmer(counter);
    }

    public ContextBudget budget() {
        return budget;
    }

    /** The request as it may be sent: within the budget, answer room reserved. */
    public ChatRequest fit(ChatRequest request, Overflow overflow) {
        requireNonNull(request, "request");
        requireNonNull(overflow, "overflow");
        int toolTokens = counter.countTools(request.toolSpecifications());
        int limit = budget.promptTokens() - toolTokens;
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        int turnStart = Turns.currentTurnStart(messages);
        for (int i = 0; i < messages.size(); i++) {
            messages.set(i, capped(messages.get(i), i >= turnStart, overflow));
        }
        if (counter.count(messages) > limit) {
            messages = Turns.dropOldestTurns(messages, counter, limit);
        }
        int cap = budget.toolResultTokens();
        while (counter.count(messages) > limit && cap > 64) {
            cap /= 2;
            messages = shrinkCurrentTurn(messages, cap);
        }
        int used = counter.count(messages);
        if (used > limit) {
            throw new BudgetExceededException("A request needs " + (used + toolTokens) + " tokens for the system "
                    + "prompt, tool specifications and the current message, more than the " + budget.promptTokens()
                    + " the budget of " + budget.totalTokens() + " tokens leaves after " + budget.answerTokens()
                    + " for the answer; raise " + ContextBudget.CONTEXT_VARIABLE + ".");
        }
        Integer asked = request.maxOutputTokens();
        int answer = asked == null ? budget.answerTokens() : Math.min(asked, budget.answerTokens());
        return request.toBuilder().messages(messages).maxOutputTokens(answer).build();
    }

    /** The tokens {@code request} occupies: messages, tool specifications and the reserved answer room. */
    public int measure(ChatRequest request) {
        Integer answer = request.maxOutputTokens();
        return counter.count(request.messages()) + counter.countTools(request.toolSpecifications())
                + (answer == null ? budget.answerTokens() : answer);
    }

    private ChatMessage capped(ChatMessage message, boolean currentTurn, Overflow overflow) {
        if (message instanceof ToolExecutionResultMessage r) {
            int cap = currentTurn ? budget.toolResultTokens() : budget.toolResultTokens() / 2;
            String text = trimmer.trim(r.text(), cap, r.toolName() + " result", overflow);
            return text.equals(r.text()) ? r : ToolExecutionResultMessage.from(r.id(), r.toolName(), text);
        }
        if (message instanceof UserMessage u && Turns.isPlainText(u) && !Turns.isSummary(u)) {
            String text = u.singleText();
            String capped = trimmer.trim(text, budget.userTurnTokens(), "message", overflow);
            return capped.equals(text) ? u : UserMessage.from(capped);
        }
        return message;
    }

    private List<ChatMessage> shrinkCurrentTurn(List<ChatMessage> messages, int cap) {
        List<ChatMessage> out = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            if (m instanceof ToolExecutionResultMessage r) {
                out.add(ToolExecutionResultMessage.from(r.id(), r.toolName(),
                        trimmer.trim(r.text(), cap, r.toolName() + " result", Overflow.NONE)));
            } else if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                out.add(ToolCalls.shrinkArguments(ai, cap, counter));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
