package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.dbarch.agent.ToolObserver;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.budget.RequestMeter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the web app gives the agent it runs: durable memory and artifacts, a meter that counts the tokens of every
 * model request into {@code dbarch.model.request.tokens}, the metrics registry, and an observer that times every
 * tool run into {@code dbarch.tool.duration}.
 */
public record AgentParts(ChatMemoryStore memory, ArtifactStore artifacts, RequestMeter meter, MeterRegistry metrics,
        ToolObserver toolObserver) {

    public AgentParts {
        requireNonNull(memory, "memory");
        requireNonNull(artifacts, "artifacts");
        requireNonNull(meter, "meter");
        requireNonNull(metrics, "metrics");
        requireNonNull(toolObserver, "toolObserver");
    }
}
