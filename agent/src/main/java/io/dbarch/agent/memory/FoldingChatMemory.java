package io.dbarch.agent.memory;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.budget.Turns;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation's memory within a token share: the system message, a rolling summary of older turns, and the
 * recent turns verbatim. When a new turn starts and the verbatim turns exceed their share, the oldest whole turns
 * fold into the summary (what was asked, which tools ran, the answer's gist, every artifact id). Everything lives
 * in the {@link ChatMemoryStore}, so the web app can persist it.
 */
public final class FoldingChatMemory implements ChatMemory {

    private final Object id;
    private final ChatMemoryStore store;
    private final TokenCounter counter;
    private final int memoryTokens;
    private final int summaryTokens;

    public FoldingChatMemory(Object id, ChatMemoryStore store, TokenCounter counter, int memoryTokens,
            int summaryTokens) {
        this.id = requireNonNull(id, "id");
        this.store = requireNonNull(store, "store");
        this.counter = requireNonNull(counter, "counter");
        if (summaryTokens < 64 || memoryTokens < 2 * summaryTokens) {
            throw new IllegalArgumentException("memory " + memoryTokens + " must be ≥ twice the summary "
                    + summaryTokens + " ≥ 64 tokens");
        }
        this.memoryTokens = memoryTokens;
        this.summaryTokens = summaryTokens;
    }

    @Override
    public Object id() {
        return id;
    }

    @Override
    public void add(ChatMessage message) {
        requireNonNull(message, "message");
        List<ChatMessage> messages = new ArrayList<>(store.getMessages(id));
        if (message instanceof SystemMessage) {
            if (!messages.isEmpty() && messages.get(0) instanceof SystemMessage) {
                if (messages.get(0).equals(message)) {
                    return;
                }
                messages.set(0, message);
            } else {
                messages.add(0, message);
            }
        } else {
            messages.add(message);
            if (message instanceof UserMessage) {
                messages = fold(messages);
            }
        }
        store.updateMessages(id, messages);
    }

    @Override
    public List<ChatMessage> messages() {
        return List.copyOf(store.getMessages(id));
    }

    @Override
    public void clear() {
        store.deleteMessages(id);
    }

    private List<ChatMessage> fold(List<ChatMessage> messages) {
        int start = Turns.historyStart(messages);
        int verbatimShare = memoryTokens - summaryTokens;
        RollingSummary summary = start > 0 && Turns.isSummary(messages.get(start - 1))
                ? RollingSummary.parse(((UserMessage) messages.get(start - 1)).singleText())
                : RollingSummary.empty();
        List<ChatMessage> turns = new ArrayList<>(messages.subList(start, messages.size()));
        boolean folded = false;
        while (counter.count(turns) > verbatimShare) {
            int current = Turns.currentTurnStart(turns);
            int next = 1;
            while (next < current && !(turns.get(next) instanceof UserMessage)) {
                next++;
            }
            if (current == 0 || next > current) {
                break;
            }
            summary = summary.plus(TurnDigest.of(turns.subList(0, next)));
            turns.subList(0, next).clear();
            folded = true;
        }
        if (!folded) {
            return messages;
        }
        List<ChatMessage> out = new ArrayList<>();
        if (!messages.isEmpty() && messages.get(0) instanceof SystemMessage system) {
            out.add(system);
        }
        out.add(UserMessage.from(summary.within(summaryTokens, counter).render()));
        out.addAll(turns);
        return out;
    }
}
