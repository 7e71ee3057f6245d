package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Clock;
import java.util.List;

/**
 * The agent's memory in the database: each conversation's LangChain4j messages (tool calls included) as one JSON
 * document, so that a conversation goes on after a restart. Thread-safe.
 */
public final class JdbcChatMemoryStore implements ChatMemoryStore {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcChatMemoryStore(Jdbc jdbc, Clock clock) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return jdbc.queryOne("SELECT messages_json FROM chat_memory WHERE conversation_id = ?",
                        row -> row.getString(1), key(memoryId))
                .map(ChatMessageDeserializer::messagesFromJson)
                .orElse(List.of());
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        String json = ChatMessageSerializer.messagesToJson(requireNonNull(messages, "messages"));
        String id = key(memoryId);
        var now = clock.instant();
        jdbc.inTransaction(c -> {
            int updated = Jdbc.update(c, "UPDATE chat_memory SET messages_json = ?, updated_at = ? "
                    + "WHERE conversation_id = ?", json, now, id);
            if (updated == 0) {
                Jdbc.update(c, "INSERT INTO chat_memory (conversation_id, messages_json, updated_at) "
                        + "VALUES (?, ?, ?)", id, json, now);
            }
            return updated;
        });
    }

    @Override
    public void deleteMessages(Object memoryId) {
        jdbc.update("DELETE FROM chat_memory WHERE conversation_id = ?", key(memoryId));
    }

    private static String key(Object memoryId) {
        return requireNonNull(memoryId, "memoryId").toString();
    }
}
