package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.artifact.InMemoryArtifactStore;
import io.dbarch.agent.budget.ContextBudget;
import io.dbarch.agent.budget.RequestMeter;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.agent.memory.BoundedChatMemoryStore;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.agent.provider.ProviderModels;
import io.dbarch.agent.provider.SyncStreamingChatModel;
import io.dbarch.agent.tools.StandardTools;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles an {@link AdvisorAgent}. Only the chat model is required; the defaults are an in-memory memory store,
 * artifact store and escalation log, the standard tools over them, the default {@link ContextBudget} and the system
 * clock.
 */
public final class AdvisorAgentBuilder {

    ChatModel chatModel;
    Optional<StreamingChatModel> streamingModel = Optional.empty();
    ChatMemoryStore memoryStore = new BoundedChatMemoryStore();
    ArtifactStore artifacts = new InMemoryArtifactStore();
    EscalationLog escalations = new EscalationLog();
    Optional<List<?>> tools = Optional.empty();
    ContextBudget budget = ContextBudget.defaults();
    RequestMeter meter = RequestMeter.NONE;
    ToolObserver toolObserver = ToolObserver.NONE;
    Clock clock = Clock.systemUTC();
    List<String> secrets = List.of();

    /** The environment variables whose values {@link #environment} treats as secrets. */
    public static final List<String> SECRET_VARIABLES = List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY",
            "DBARCH_DB_PASSWORD", "DBARCH_API_TOKENS", "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN",
            "DBARCH_ESCALATION_WEBHOOK_SECRET", "DBARCH_ESCALATION_WEBHOOK_URL", "PGPASSWORD");

    AdvisorAgentBuilder() {
    }

    public AdvisorAgentBuilder chatModel(ChatModel model) {
        this.chatModel = requireNonNull(model, "model");
        return this;
    }

    public AdvisorAgentBuilder streamingChatModel(StreamingChatModel model) {
        this.streamingModel = Optional.of(requireNonNull(model, "model"));
        return this;
    }

    /** Both models of a provider configuration. */
    public AdvisorAgentBuilder models(ProviderModels models) {
        return chatModel(models.chat()).streamingChatModel(models.streaming());
    }

    /**
     * The model and budget the environment configures ({@link ModelConfig#fromEnvironment},
     * {@link ContextBudget#fromEnvironment}); a real provider gets the offline engine as fallback.
     *
     * @throws ConfigurationException when a variable cannot be used; the message names it
     */
    public AdvisorAgentBuilder environment(Map<String, String> env) {
        budget(ContextBudget.fromEnvironment(env));
        secrets(SECRET_VARIABLES.stream().map(env::get).filter(v -> v != null && !v.isBlank()).toList());
        return models(ModelConfig.fromEnvironment(env).createModels(new OfflineProtocolEngine()));
    }

    /** Values that must never appear in an answer (keys, passwords); they are redacted if a model repeats them. */
    public AdvisorAgentBuilder secrets(List<String> values) {
        this.secrets = List.copyOf(requireNonNull(values, "values"));
        return this;
    }

    public AdvisorAgentBuilder memoryStore(ChatMemoryStore store) {
        this.memoryStore = requireNonNull(store, "store");
        return this;
    }

    public AdvisorAgentBuilder artifactStore(ArtifactStore store) {
        this.artifacts = requireNonNull(store, "store");
        return this;
    }

    public AdvisorAgentBuilder escalationLog(EscalationLog log) {
        this.escalations = requireNonNull(log, "log");
        return this;
    }

    /** Tool objects (classes with {@code @Tool} methods) instead of the standard tools. */
    public AdvisorAgentBuilder tools(List<?> toolObjects) {
        this.tools = Optional.of(List.copyOf(requireNonNull(toolObjects, "toolObjects")));
        return this;
    }

    public AdvisorAgentBuilder budget(ContextBudget contextBudget) {
        this.budget = requireNonNull(contextBudget, "contextBudget");
        return this;
    }

    /** Receives the token size of every request sent to the model. */
    public AdvisorAgentBuilder meter(RequestMeter requestMeter) {
        this.meter = requireNonNull(requestMeter, "requestMeter");
        return this;
    }

    /** Hears of every tool run: its name, duration and whether it failed. */
    public AdvisorAgentBuilder toolObserver(ToolObserver observer) {
        this.toolObserver = requireNonNull(observer, "observer");
        return this;
    }

    public AdvisorAgentBuilder clock(Clock c) {
        this.clock = requireNonNull(c, "clock");
        return this;
    }

    public AdvisorAgent build() {
        requireNonNull(chatModel, "a chat model is required");
        return new AdvisorAgent(this);
    }

    StreamingChatModel streaming() {
        return streamingModel.orElseGet(() -> new SyncStreamingChatModel(chatModel));
    }

    List<?> toolObjects() {
        return tools.orElseGet(() -> StandardTools.create(artifacts, escalations, budget.toolResultTokens() * 3,
                clock));
    }
}
