package io.dbarch.web.storage;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A conversation and who owns it. */
public record Conversation(String id, String owner, String title, Instant createdAt, Instant updatedAt) {

    public Conversation {
        requireNonNull(id, "id");
        requireNonNull(owner, "owner");
        requireNonNull(title, "title");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(updatedAt, "updatedAt");
    }
}
