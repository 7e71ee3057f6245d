package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An artifact as stored: a large input or output beside a conversation (pasted DDL, an SVG diagram, a migration).
 * The content array is copied in and out.
 */
public record StoredArtifact(String id, String conversationId, String name, String mediaType, byte[] content,
        String summary, Instant createdAt) {

    public StoredArtifact {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(name, "name");
        requireNonNull(mediaType, "mediaType");
        content = requireNonNull(content, "content").clone();
        requireNonNull(summary, "summary");
        requireNonNull(createdAt, "createdAt");
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredArtifact a && a.id.equals(id) && a.conversationId.equals(conversationId)
                && java.util.Arrays.equals(a.content, content) && a.name.equals(name);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "StoredArtifact[" + id + ", " + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
