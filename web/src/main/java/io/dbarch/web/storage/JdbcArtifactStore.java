package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Artifacts in the database, per conversation, with ids {@code art-} + 20 random characters. An artifact is only
 * found through the conversation that stored it. Thread-safe.
 */
public final class JdbcArtifactStore implements ArtifactStore {

    /** 16 MB: the largest artifact stored. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final Jdbc jdbc;
    private final Clock clock;
    private final Ids ids;

    public JdbcArtifactStore(Jdbc jdbc, Clock clock, Ids ids) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
    }

    /**
     * Stores {@code content} under {@code conversationId} (which must exist).
     *
     * @throws IllegalArgumentException when the content is over {@link #MAX_BYTES}
     */
    @Override
    public Artifact save(String conversationId, String name, String mediaType, byte[] content,
            String summary) {
        requireNonNull(content, "content");
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("%s has %,d bytes; an artifact may have at most %,d"
                    .formatted(name, content.length, MAX_BYTES));
        }
        var artifact = new Artifact(ids.next("art"), conversationId, clip(name, 200), clip(mediaType, 100),
                content, clip(summary, 1000), clock.instant());
        jdbc.update("INSERT INTO artifacts (id, conversation_id, name, media_type, content, summary, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", artifact.id(), conversationId, artifact.name(),
                artifact.mediaType(), content, artifact.summary(), artifact.createdAt());
        return artifact;
    }

    /** The artifact {@code id} if it belongs to {@code conversationId}. */
    @Override
    public Optional<Artifact> find(String conversationId, String id) {
        return jdbc.queryOne("SELECT * FROM artifacts WHERE id = ? AND conversation_id = ?",
                JdbcArtifactStore::artifact, id, conversationId);
    }

    /** The artifact {@code id}, whoever owns it; callers check ownership through its conversation. */
    public Optional<Artifact> findById(String id) {
        return jdbc.queryOne("SELECT * FROM artifacts WHERE id = ?", JdbcArtifactStore::artifact, id);
    }

    /** The conversation's artifacts, oldest first. */
    @Override
    public List<Artifact> list(String conversationId) {
        return jdbc.query("SELECT * FROM artifacts WHERE conversation_id = ? ORDER BY created_at, id",
                JdbcArtifactStore::artifact, conversationId);
    }

    private static String clip(String text, int max) {
        requireNonNull(text, "text");
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Artifact artifact(ResultSet row) throws SQLException {
        return new Artifact(row.getString("id"), row.getString("conversation_id"), row.getString("name"),
                row.getString("media_type"), row.getBytes("content"), row.getString("summary"),
                Jdbc.instant(row, "created_at"));
    }
}
