package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.budget.Overflow;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps text trimmed from a request as an artifact of the conversation, once: the same text trimmed again on the
 * next request of the turn reuses the artifact.
 */
final class ArtifactOverflow {

    private static final int REMEMBERED = 256;

    private final ArtifactStore artifacts;
    private final Map<String, String> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    ArtifactOverflow(ArtifactStore artifacts) {
        this.artifacts = requireNonNull(artifacts, "artifacts");
    }

    Overflow forConversation(Object conversationId) {
        if (conversationId == null) {
            return Overflow.NONE;
        }
        String cid = String.valueOf(conversationId);
        return (name, text) -> Optional.of(keep(cid, name, text));
    }

    private synchronized String keep(String cid, String name, String text) {
        String key = cid + "\u0000" + text.length() + "\u0000" + text.hashCode();
        String id = kept.get(key);
        if (id != null && artifacts.find(cid, id).isPresent()) {
            return id;
        }
        Artifact a = artifacts.save(cid, name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".txt", Artifact.TEXT,
                text.getBytes(StandardCharsets.UTF_8), "full " + name + " trimmed from a model request");
        kept.put(key, a.id());
        return a.id();
    }
}
