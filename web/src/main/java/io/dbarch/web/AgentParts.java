package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.micrometer.core.instrument.MeterRegistry;

/** What the web app gives the agent it runs: durable memory and the metrics registry. */
public record AgentParts(ChatMemoryStore memory, MeterRegistry metrics) {

    public AgentParts {
        requireNonNull(memory, "memory");
        requireNonNull(metrics, "metrics");
    }
}
