package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation as people see it.
 *
 * @param role          {@code user} or {@code assistant}
 * @param artifactIds   artifacts made in the turn this message answers
 * @param escalationIds escalations raised in that turn
 */
public record StoredMessage(long id, String conversationId, String role, String content, List<String> artifactIds,
        List<String> escalationIds, Instant createdAt) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";

    public StoredMessage {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(role, "role");
        requireNonNull(content, "content");
        artifactIds = List.copyOf(artifactIds);
        escalationIds = List.copyOf(escalationIds);
        requireNonNull(createdAt, "createdAt");
    }
}
