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
}
