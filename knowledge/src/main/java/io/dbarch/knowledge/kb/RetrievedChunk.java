package io.dbarch.knowledge.kb;

import static java.util.Objects.requireNonNull;

/** A chunk chosen for a query, with its fused score (higher is better). */
public record RetrievedChunk(Chunk chunk, double score) {

    public RetrievedChunk {
        requireNonNull(chunk, "chunk");
    }
}
