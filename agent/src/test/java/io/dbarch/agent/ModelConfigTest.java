package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbarch.agent.offline.OfflineProtocolEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

    @Test
    void should_choose_offline_when_the_provider_is_unset() {
        assertThat(ModelConfig.fromEnvironment(Map.of()).provider()).isEqualTo(ModelConfig.Provider.OFFLINE);
        assertThat(ModelConfig.fromEnvironment(Map.of()).createChatModel()).isInstanceOf(OfflineProtocolEngine.class);
    }

    @Test
    void should_accept_offline_in_any_case_when_set_explicitly() {
        assertThat(ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", " Offline ")).provider())
                .isEqualTo(ModelConfig.Provider.OFFLINE);
    }

    @Test
    void should_name_supported_values_when_the_provider_is_unknown() {
        assertThatThrownBy(() -> ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "gemini")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("DBARCH_MODEL_PROVIDER='gemini' is not supported; supported values: offline, openai, "
                        + "anthropic");
    }

    @Test
    void should_read_an_openai_compatible_server_without_a_key_when_the_base_url_is_local() {
        // when
        ModelConfig config = ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "openai",
                "DBARCH_MODEL_BASE_URL", "http://localhost:11434/v1", "DBARCH_MODEL_NAME", "llama3.1:8b",
                "DBARCH_MODEL_TIMEOUT_SECONDS", "90", "DBARCH_MODEL_MAX_RETRIES", "1"));

        // then
        assertThat(config.provider()).isEqualTo(ModelConfig.Provider.OPENAI);
        assertThat(config.modelName()).isEqualTo("llama3.1:8b");
        assertThat(config.apiKey()).isEmpty();
        assertThat(config.timeout()).hasSeconds(90);
        assertThat(config.maxRetries()).isEqualTo(1);
    }

    @Test
    void should_require_the_key_when_the_provider_is_hosted() {
        assertThatThrownBy(() -> ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "anthropic")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("ANTHROPIC_API_KEY is not set");
        assertThatThrownBy(() -> ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "openai")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("OPENAI_API_KEY is not set");
    }

    @Test
    void should_never_show_the_key_when_the_config_is_printed_or_rejected() {
        // given
        String key = "sk-live-VERYSECRET";
        ModelConfig config = ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "openai",
                "OPENAI_API_KEY", key));

        // then
        assertThat(config.toString()).doesNotContain(key).contains("key set");
        assertThat(config.describe()).isEqualTo("openai gpt-4o-mini at https://api.openai.com/v1");
        assertThatThrownBy(() -> ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "openai",
                "OPENAI_API_KEY", key, "DBARCH_MODEL_MAX_RETRIES", "99")))
                .hasMessage("DBARCH_MODEL_MAX_RETRIES='99' must be a whole number from 0 to 10")
                .message().doesNotContain(key);
    }

    @Test
    void should_hide_credentials_in_the_base_url_when_describing_it() {
        // when
        ModelConfig config = ModelConfig.fromEnvironment(Map.of("DBARCH_MODEL_PROVIDER", "openai",
                "DBARCH_MODEL_BASE_URL", "https://user:pw@llm.internal/v1?token=abc"));

        // then
        assertThat(config.describe()).doesNotContain("pw").doesNotContain("abc").contains("llm.internal");
    }
}
