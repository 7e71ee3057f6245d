package io.dbarch.agent.artifact;

import java.util.List;
import java.util.Optional;

/**
 * Where the agent keeps large inputs and outputs, per conversation. Implementations are thread-safe and assign
 * ids that match {@link Artifact#ID_PATTERN}; an artifact is only visible to the conversation that stored it.
 * The in-memory implementation is {@link InMemoryArtifactStore}; the web app persists them.
 */
public interface ArtifactStore {

    /**
     * Stores {@code content} under {@code conversationId} and returns it with its new id.
     *
     * @throws IllegalArgumentException when the content is larger than the store accepts (the message says the limit)
     */
    Artifact save(String conversationId, String name, String mediaType, byte[] content, String summary);

    /** The artifact with that id, if it belongs to {@code conversationId}. */
    Optional<Artifact> find(String conversationId, String id);

    /** The conversation's artifacts, oldest first. */
    List<Artifact> list(String conversationId);
}
