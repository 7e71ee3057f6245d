package io.dbarch.agent.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/** Approximate size of messages in characters, for memory bounds. */
final class MessageSize {

    private static final int OVERHEAD = 64;

    private MessageSize() {
    }

    static long chars(List<ChatMessage> messages) {
        return messages.stream().mapToLong(MessageSize::chars).sum();
    }

    static long chars(ChatMessage message) {
        long text = switch (message.type()) {
            case SYSTEM -> ((SystemMessage) message).text().length();
            case USER -> ((UserMessage) message).contents().stream().mapToLong(MessageSize::chars).sum();
            case AI -> aiChars((AiMessage) message);
            case TOOL_EXECUTION_RESULT -> length(((ToolExecutionResultMessage) message).text());
            default -> 0;
        };
        return OVERHEAD + text;
    }

    private static long chars(Content content) {
        return content instanceof TextContent t ? t.text().length() : OVERHEAD;
    }

    private static long aiChars(AiMessage ai) {
        long requests = ai.toolExecutionRequests().stream()
                .mapToLong(r -> length(r.name()) + length(r.arguments()) + length(r.id())).sum();
        return length(ai.text()) + requests;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}
