package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.dbarch.prompts.Prompt;
import io.dbarch.prompts.PromptVariables;
import io.dbarch.prompts.Prompts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The database-architect advisor: one chat turn at a time, per conversation, with the persona and protocol of
 * {@code prompts/advisor-system.md}, memory kept in the given store and the given tool objects
 * (classes with {@code @Tool} methods). Works with any {@link ChatModel}; the default is the offline engine.
 * Thread-safe.
 */
public final class AdvisorAgent {

    /** Messages of a conversation the model sees (the window slides; the system message is always first). */
    public static final int MEMORY_MESSAGES = 20;

    /** Tool calls one turn may make before the turn is ended. */
    public static final int MAX_TOOL_ROUNDS = 5;

    static final String DIALECTS = "PostgreSQL and MySQL";

    private final Advisor advisor;

    public AdvisorAgent(ChatModel model, ChatMemoryStore memoryStore, List<?> tools, Clock clock) {
        requireNonNull(model, "model");
        requireNonNull(memoryStore, "memoryStore");
        requireNonNull(tools, "tools");
        requireNonNull(clock, "clock");
        Prompt system = Prompts.load(Prompts.ADVISOR_SYSTEM);
        system.render(new PromptVariables(DIALECTS, LocalDate.now(clock))); // fail at start, not on first chat
        var builder = AiServices.builder(Advisor.class)
                .chatModel(model)
                .systemMessageProvider(id -> system.render(new PromptVariables(DIALECTS, LocalDate.now(clock))))
                .chatMemoryProvider(id -> MessageWindowChatMemory.builder()
                        .id(id)
                        .maxMessages(MEMORY_MESSAGES)
                        .chatMemoryStore(memoryStore)
                        .build())
                .maxToolCallingRoundTrips(MAX_TOOL_ROUNDS);
        if (!tools.isEmpty()) {
            builder.tools(tools.toArray());
        }
        this.advisor = builder.build();
    }

    /**
     * Answers one message in a conversation.
     *
     * @param conversationId any non-blank id; messages with the same id share memory
     * @param message        the user's message, treated as data: it never becomes part of a template
     */
    public AdvisorReply ask(String conversationId, String message) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        if (conversationId.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("conversationId and message must not be blank");
        }
        try {
            Result<String> result = advisor.chat(conversationId, List.<Content>of(TextContent.from(message)));
            List<String> tools = result.toolExecutions().stream().map(ToolExecution::request)
                    .map(r -> r.name()).toList();
            return new AdvisorReply(result.content() == null ? "" : result.content(), tools);
        } finally {
            advisor.evictChatMemory(conversationId); // the store keeps the messages; this drops the cached handle
        }
    }
}
