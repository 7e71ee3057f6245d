package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which chat model the advisor uses, read from the environment ({@code DBARCH_MODEL_PROVIDER}, default
 * {@code offline}).
 */
public record ModelConfig(Provider provider) {

    /** The environment variable naming the provider. */
    public static final String PROVIDER_VARIABLE = "DBARCH_MODEL_PROVIDER";

    /** The supported model providers. */
    public enum Provider {
        /** The deterministic protocol engine: no network, no key. */
        OFFLINE("offline");

        private final String id;

        Provider(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public ModelConfig {
        requireNonNull(provider, "provider");
    }

    /**
     * The configuration in {@code env}.
     *
     * @throws ConfigurationException when {@code DBARCH_MODEL_PROVIDER} names an unsupported provider
     */
    public static ModelConfig fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(PROVIDER_VARIABLE, "").trim();
        if (value.isEmpty()) {
            return new ModelConfig(Provider.OFFLINE);
        }
        return Arrays.stream(Provider.values())
                .filter(p -> p.id().equals(value.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(ModelConfig::new)
                .orElseThrow(() -> new ConfigurationException(PROVIDER_VARIABLE + "='" + abbreviate(value)
                        + "' is not supported; supported values: " + supportedValues()));
    }

    /** A new chat model for this configuration. */
    public ChatModel createChatModel() {
        return switch (provider) {
            case OFFLINE -> new OfflineProtocolEngine();
        };
    }

    static String supportedValues() {
        return Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(", "));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
