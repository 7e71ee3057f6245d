package io.dbarch.agent.artifact;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Artifacts kept in memory, bounded: at most {@code maxBytesEach} per artifact and about {@code maxBytesTotal} in
 * all; past that the oldest artifacts are dropped. Ids are {@code art-1}, {@code art-2}, … in storing order.
 * Thread-safe. Artifacts are lost when the process ends.
 */
public final class InMemoryArtifactStore implements ArtifactStore {

    /** Defaults for one process: 16 MB per artifact, 512 MB in all. */
    public static final int DEFAULT_MAX_BYTES_EACH = 16 * 1024 * 1024;
    public static final long DEFAULT_MAX_BYTES_TOTAL = 512L * 1024 * 1024;

    private final int maxBytesEach;
    private final long maxBytesTotal;
    private final Clock clock;
    private final LinkedHashMap<String, Artifact> byId = new LinkedHashMap<>();
    private long sequence;
    private long totalBytes;

    public InMemoryArtifactStore(int maxBytesEach, long maxBytesTotal, Clock clock) {
        if (maxBytesEach < 1 || maxBytesTotal < maxBytesEach) {
            throw new IllegalArgumentException("bounds must be positive and total ≥ each: " + maxBytesEach + ", "
                    + maxBytesTotal);
        }
        this.maxBytesEach = maxBytesEach;
        this.maxBytesTotal = maxBytesTotal;
        this.clock = requireNonNull(clock, "clock");
    }

    public InMemoryArtifactStore() {
        this(DEFAULT_MAX_BYTES_EACH, DEFAULT_MAX_BYTES_TOTAL, Clock.systemUTC());
    }

    @Override
    public synchronized Artifact save(String conversationId, String name, String mediaType, byte[] content,
            String summary) {
        requireNonNull(content, "content");
        if (content.length > maxBytesEach) {
            throw new IllegalArgumentException("%s has %,d bytes; an artifact may have at most %,d"
                    .formatted(name, content.length, maxBytesEach));
        }
        var artifact = new Artifact("art-" + (++sequence), conversationId, name, mediaType, content, summary,
                clock.instant());
        byId.put(artifact.id(), artifact);
        totalBytes += content.length;
        evictBeyondBound(artifact.id());
        return artifact;
    }

    @Override
    public synchronized Optional<Artifact> find(String conversationId, String id) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id)).filter(a -> a.conversationId().equals(conversationId));
    }

    @Override
    public synchronized List<Artifact> list(String conversationId) {
        requireNonNull(conversationId, "conversationId");
        return byId.values().stream().filter(a -> a.conversationId().equals(conversationId)).toList();
    }

    private void evictBeyondBound(String keep) {
        Iterator<Map.Entry<String, Artifact>> oldest = byId.entrySet().iterator();
        while (totalBytes > maxBytesTotal && oldest.hasNext()) {
            Map.Entry<String, Artifact> e = oldest.next();
            if (!e.getKey().equals(keep)) {
                totalBytes -= e.getValue().size();
                oldest.remove();
            }
        }
    }
}
