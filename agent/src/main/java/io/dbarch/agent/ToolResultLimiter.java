package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.budget.TokenCounter;
import java.nio.charset.StandardCharsets;

/**
 * Keeps tool results within their share of the budget: a longer result is stored whole as an artifact of the
 * conversation and the model gets its head plus the artifact id to page through.
 */
final class ToolResultLimiter {

    private static final int NOTE_TOKENS = 60;

    private final ArtifactStore artifacts;
    private final TokenCounter counter;
    private final int maxTokens;

    ToolResultLimiter(ArtifactStore artifacts, TokenCounter counter, int maxTokens) {
        this.artifacts = requireNonNull(artifacts, "artifacts");
        this.counter = requireNonNull(counter, "counter");
        this.maxTokens = maxTokens;
    }

    String limit(Object conversationId, String toolName, String text) {
        int tokens = counter.count(text);
        if (tokens <= maxTokens) {
            return text;
        }
        String head = counter.head(text, maxTokens - NOTE_TOKENS);
        if (conversationId == null) {
            return head + "\n[… result trimmed: " + tokens + " tokens in all]";
        }
        Artifact full = artifacts.save(String.valueOf(conversationId), toolName + "-result.txt", Artifact.TEXT,
                text.getBytes(StandardCharsets.UTF_8), "full result of " + toolName + ", " + tokens + " tokens");
        return head + "\n[… result trimmed to fit the context budget; the full result (" + tokens + " tokens) is "
                + full.id() + ", read it with readArtifact]";
    }
}
