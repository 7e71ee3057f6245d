package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Conversations and their messages. Thread-safe. */
public final class ConversationStore {

    /** Longest title kept; the first words of the first message. */
    public static final int TITLE_CHARS = 80;

    private final Jdbc jdbc;
    private final Clock clock;

    public ConversationStore(Jdbc jdbc, Clock clock) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
    }

    public Optional<Conversation> find(String id) {
        return jdbc.queryOne("SELECT * FROM conversations WHERE id = ?", ConversationStore::conversation, id);
    }

    /**
     * The conversation {@code id} owned by {@code owner}, created with a title from {@code firstMessage} when it
     * does not exist yet; empty when it exists and belongs to someone else.
     */
    public Optional<Conversation> findOrCreate(String id, String owner, String firstMessage) {
        Optional<Conversation> existing = find(id);
        if (existing.isPresent()) {
            return existing.filter(c -> c.owner().equals(owner));
        }
        var now = clock.instant();
        try {
            jdbc.update("INSERT INTO conversations (id, owner, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    id, owner, title(firstMessage), now, now);
        } catch (StorageException e) {
            if (!Jdbc.isDuplicateKey(e)) {
                throw e;
            }
        }
        return find(id).filter(c -> c.owner().equals(owner));
    }

    /** The owner's conversations, most recently active first. */
    public List<Conversation> list(String owner, int limit) {
        return jdbc.query("SELECT * FROM conversations WHERE owner = ? ORDER BY updated_at DESC, id FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", ConversationStore::conversation, owner);
    }

    /** Appends a message and marks the conversation active; returns the stored message. */
    public StoredMessage append(String conversationId, String role, String content, List<String> artifactIds,
            List<String> escalationIds) {
        var now = clock.instant();
        long id = jdbc.inTransaction(c -> {
            long key = Jdbc.insert(c, "INSERT INTO messages (conversation_id, role, content, artifact_ids, "
                    + "escalation_ids, created_at) VALUES (?, ?, ?, ?, ?, ?)", conversationId, role, content,
                    String.join(",", artifactIds), String.join(",", escalationIds), now);
            Jdbc.update(c, "UPDATE conversations SET updated_at = ? WHERE id = ?", now, conversationId);
            return key;
        });
        return new StoredMessage(id, conversationId, role, content, artifactIds, escalationIds, now);
    }

    /** The conversation's messages, oldest first. */
    public List<StoredMessage> messages(String conversationId) {
        return jdbc.query("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", ConversationStore::message,
                conversationId);
    }

    static String title(String message) {
        String text = message.length() > 20_000 ? message.substring(0, 20_000) : message;
        String flat = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*--.*$", " ")
                .replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return "New conversation";
        }
        return flat.length() <= TITLE_CHARS ? flat : flat.substring(0, TITLE_CHARS - 1) + "…";
    }

    private static Conversation conversation(ResultSet row) throws SQLException {
        return new Conversation(row.getString("id"), row.getString("owner"), row.getString("title"),
                Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
    }

    private static StoredMessage message(ResultSet row) throws SQLException {
        return new StoredMessage(row.getLong("id"), row.getString("conversation_id"), row.getString("role"),
                row.getString("content"), ids(row.getString("artifact_ids")), ids(row.getString("escalation_ids")),
                Jdbc.instant(row, "created_at"));
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).collect(Collectors.toUnmodifiableList());
    }
}
