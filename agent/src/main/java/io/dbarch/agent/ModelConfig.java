package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.agent.provider.ProviderModels;
import io.dbarch.agent.provider.RetryPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which chat model the advisor uses, read from the environment (see {@link #fromEnvironment}). The API key is
 * never part of {@link #toString()}.
 */
public record ModelConfig(Provider provider, String baseUrl, String modelName, Optional<String> apiKey,
        Duration timeout, int maxRetries) {

    public static final String PROVIDER_VARIABLE = "DBARCH_MODEL_PROVIDER";
    public static final String BASE_URL_VARIABLE = "DBARCH_MODEL_BASE_URL";
    public static final String NAME_VARIABLE = "DBARCH_MODEL_NAME";
    public static final String TIMEOUT_VARIABLE = "DBARCH_MODEL_TIMEOUT_SECONDS";
    public static final String RETRIES_VARIABLE = "DBARCH_MODEL_MAX_RETRIES";

    /** The supported model providers, with their defaults. */
    public enum Provider {
        /** The deterministic protocol engine: no network, no key. */
        OFFLINE("offline", "", "", ""),
        /** Any OpenAI-compatible server: OpenAI, Ollama, vLLM, LM Studio. */
        OPENAI("openai", "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY"),
        /** Anthropic's Messages API. */
        ANTHROPIC("anthropic", "https://api.anthropic.com/v1/", "claude-sonnet-4-5", "ANTHROPIC_API_KEY");

        private final String id;
        private final String defaultBaseUrl;
        private final String defaultModel;
        private final String keyVariable;

        Provider(String id, String defaultBaseUrl, String defaultModel, String keyVariable) {
            this.id = id;
            this.defaultBaseUrl = defaultBaseUrl;
            this.defaultModel = defaultModel;
            this.keyVariable = keyVariable;
        }

        public String id() {
            return id;
        }

        public String keyVariable() {
            return keyVariable;
        }
    }

    public ModelConfig {
        requireNonNull(provider, "provider");
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(modelName, "modelName");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(timeout, "timeout");
    }

    /** The offline engine. */
    public static ModelConfig offline() {
        return new ModelConfig(Provider.OFFLINE, "", "", Optional.empty(), Duration.ofSeconds(60), 0);
    }

    /**
     * The configuration in {@code env}: {@code DBARCH_MODEL_PROVIDER} (offline, openai, anthropic; default
     * offline), {@code DBARCH_MODEL_BASE_URL}, {@code DBARCH_MODEL_NAME}, {@code OPENAI_API_KEY} or
     * {@code ANTHROPIC_API_KEY}, {@code DBARCH_MODEL_TIMEOUT_SECONDS} (default 60) and
     * {@code DBARCH_MODEL_MAX_RETRIES} (default 3).
     *
     * @throws ConfigurationException when a value cannot be used; the message names the variable, never a secret
     */
    public static ModelConfig fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(PROVIDER_VARIABLE, "").trim();
        Provider provider = value.isEmpty() ? Provider.OFFLINE : Arrays.stream(Provider.values())
                .filter(p -> p.id().equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new ConfigurationException(PROVIDER_VARIABLE + "='" + EnvValues.abbreviate(value)
                        + "' is not supported; supported values: " + supportedValues()));
        if (provider == Provider.OFFLINE) {
            return offline();
        }
        String baseUrl = EnvValues.url(env, BASE_URL_VARIABLE, provider.defaultBaseUrl);
        String model = env.getOrDefault(NAME_VARIABLE, "").trim();
        Optional<String> key = Optional.ofNullable(env.get(provider.keyVariable)).map(String::trim)
                .filter(k -> !k.isEmpty());
        boolean hosted = baseUrl.startsWith(provider.defaultBaseUrl.replaceAll("/+$", ""));
        if (key.isEmpty() && (provider == Provider.ANTHROPIC || hosted)) {
            throw new ConfigurationException(provider.keyVariable + " is not set; " + provider.id()
                    + " at " + EnvValues.redact(baseUrl) + " needs an API key (local OpenAI-compatible servers such as "
                    + "Ollama do not: set " + BASE_URL_VARIABLE + ")");
        }
        int timeout = EnvValues.number(env, TIMEOUT_VARIABLE, 60, 1, 600);
        int retries = EnvValues.number(env, RETRIES_VARIABLE, 3, 0, 10);
        return new ModelConfig(provider, baseUrl, model.isEmpty() ? provider.defaultModel : model, key,
                Duration.ofSeconds(timeout), retries);
    }

    /** The models for this configuration; real providers have {@code offline} behind them as fallback. */
    public ProviderModels createModels(ChatModel offline) {
        requireNonNull(offline, "offline");
        RetryPolicy retry = RetryPolicy.of(maxRetries);
        return switch (provider) {
            case OFFLINE -> ProviderModels.offline(offline);
            case OPENAI -> ProviderModels.openAi(baseUrl, apiKey.orElse(""), modelName, timeout, retry, offline);
            case ANTHROPIC -> ProviderModels.anthropic(baseUrl, apiKey.orElse(""), modelName, timeout, retry,
                    offline);
        };
    }

    /** A new offline engine, or the provider's model with the offline engine behind it. */
    public ChatModel createChatModel() {
        return createModels(new OfflineProtocolEngine()).chat();
    }

    /** For people: provider, model and endpoint, without the key. */
    public String describe() {
        return provider == Provider.OFFLINE ? "offline" : provider.id() + " " + modelName + " at "
                + EnvValues.redact(baseUrl);
    }

    @Override
    public String toString() {
        return "ModelConfig[" + describe() + ", key " + (apiKey.isPresent() ? "set" : "not set") + ", timeout "
                + timeout.toSeconds() + " s, retries " + maxRetries + "]";
    }

    static String supportedValues() {
        return Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(", "));
    }
}
