package io.dbarch.agent.budget;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turn structure of a message list: an optional system message, an optional rolling-summary message (a user
 * message starting with {@link #SUMMARY_MARKER}), then turns, each starting with a user message.
 */
public final class Turns {

    /** How the rolling summary of older turns starts; it is user-role content, data like any other. */
    public static final String SUMMARY_MARKER = "[Summary of earlier turns in this conversation]";

    private Turns() {
    }

    public static boolean isSummary(ChatMessage message) {
        return message instanceof UserMessage u && isPlainText(u) && u.singleText().startsWith(SUMMARY_MARKER);
    }

    static boolean isPlainText(UserMessage message) {
        return message.contents().size() == 1 && message.contents().get(0) instanceof TextContent;
    }

    /** Index of the user message that starts the current (last) turn, or the list size when there is none. */
    public static int currentTurnStart(List<ChatMessage> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage && !isSummary(messages.get(i))) {
                return i;
            }
        }
        return messages.size();
    }

    /** Index of the first message after the system message and the summary. */
    public static int historyStart(List<ChatMessage> messages) {
        int i = 0;
        if (i < messages.size() && messages.get(i) instanceof SystemMessage) {
            i++;
        }
        if (i < messages.size() && isSummary(messages.get(i))) {
            i++;
        }
        return i;
    }

    /**
     * Drops the oldest whole turns before the current one until the messages fit {@code limit} tokens (or only the
     * current turn is left), and notes how many were dropped in the summary message.
     */
    static List<ChatMessage> dropOldestTurns(List<ChatMessage> messages, TokenCounter counter, int limit) {
        List<ChatMessage> out = new ArrayList<>(messages);
        int start = historyStart(out);
        int dropped = 0;
        while (counter.count(out) > limit) {
            int current = currentTurnStart(out);
            if (start >= current) {
                break;
            }
            int next = start + 1;
            while (next < current && !(out.get(next) instanceof UserMessage)) {
                next++;
            }
            out.subList(start, next).clear();
            dropped++;
        }
        if (dropped == 0) {
            return out;
        }
        String note = "(" + dropped + " more turn" + (dropped == 1 ? " was" : "s were")
                + " left out of this request to fit the context budget.)";
        int summaryAt = start - 1;
        if (summaryAt >= 0 && isSummary(out.get(summaryAt))) {
            String summary = ((UserMessage) out.get(summaryAt)).singleText();
            String shorter = counter.head(summary, Math.max(64, counter.count(summary) / 2));
            out.set(summaryAt, UserMessage.from(shorter + "\n" + note));
        } else {
            out.add(start, UserMessage.from(SUMMARY_MARKER + "\n" + note));
        }
        return out;
    }
}
