package io.dbarch.agent.memory;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversations kept in memory, bounded: at most {@code maxConversations} conversations and about
 * {@code maxChars} characters of message text in all. When a bound is passed, the least recently used
 * conversations are dropped. Thread-safe. Conversations are lost when the process ends.
 */
public final class BoundedChatMemoryStore implements ChatMemoryStore {

    /** Defaults sized for a single-user process: 500 conversations, 50 million characters. */
    public static final int DEFAULT_MAX_CONVERSATIONS = 500;
    public static final long DEFAULT_MAX_CHARS = 50_000_000L;

    private final int maxConversations;
    private final long maxChars;
    private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long totalChars;

    private record Entry(List<ChatMessage> messages, long chars) {
    }

    public BoundedChatMemoryStore(int maxConversations, long maxChars) {
        if (maxConversations < 1 || maxChars < 1) {
            throw new IllegalArgumentException("bounds must be positive: " + maxConversations + ", " + maxChars);
        }
        this.maxConversations = maxConversations;
        this.maxChars = maxChars;
    }

    public BoundedChatMemoryStore() {
        this(DEFAULT_MAX_CONVERSATIONS, DEFAULT_MAX_CHARS);
    }

    @Override
    public synchronized List<ChatMessage> getMessages(Object memoryId) {
        requireNonNull(memoryId, "memoryId");
        Entry entry = entries.get(memoryId);
        return entry == null ? List.of() : entry.messages();
    }

    @Override
    public synchronized void updateMessages(Object memoryId, List<ChatMessage> messages) {
        requireNonNull(memoryId, "memoryId");
        Entry entry = new Entry(List.copyOf(messages), MessageSize.chars(messages));
        Entry previous = entries.put(memoryId, entry);
        totalChars += entry.chars() - (previous == null ? 0 : previous.chars());
        evictBeyondBounds(memoryId);
    }

    @Override
    public synchronized void deleteMessages(Object memoryId) {
        requireNonNull(memoryId, "memoryId");
        Entry removed = entries.remove(memoryId);
        if (removed != null) {
            totalChars -= removed.chars();
        }
    }

    /** Number of conversations held now. */
    public synchronized int size() {
        return entries.size();
    }

    private void evictBeyondBounds(Object keep) {
        Iterator<Map.Entry<Object, Entry>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxConversations || totalChars > maxChars) && eldest.hasNext()) {
            Map.Entry<Object, Entry> e = eldest.next();
            if (e.getKey().equals(keep)) {
                continue; // the conversation being written stays, even alone over the character bound
            }
            totalChars -= e.getValue().chars();
            eldest.remove();
        }
    }
}
