package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider's model with the offline engine behind it: when the provider fails (after its own retries), the same
 * request goes to the offline engine and the answer says so. After a failure the provider rests for the
 * {@link CircuitState}'s cool-down.
 */
public final class FallbackChatModel implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackChatModel.class);

    private final ChatModel primary;
    private final ChatModel offline;
    private final String provider;
    private final CircuitState circuit;

    FallbackChatModel(ChatModel primary, ChatModel offline, String provider, CircuitState circuit) {
        this.primary = requireNonNull(primary, "primary");
        this.offline = requireNonNull(offline, "offline");
        this.provider = requireNonNull(provider, "provider");
        this.circuit = requireNonNull(circuit, "circuit");
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Optional<String> resting = circuit.open();
        if (resting.isPresent()) {
            return offline(request, resting.get());
        }
        try {
            return primary.chat(request);
        } catch (RuntimeException e) {
            String reason = ProviderFailure.describe(e);
            LOG.warn("Model provider {} failed ({}); answering with the offline engine", provider, reason);
            circuit.failed(reason);
            return offline(request, reason);
        }
    }

    private ChatResponse offline(ChatRequest request, String reason) {
        return FallbackNotice.prefix(offline.chat(request), FallbackNotice.text(provider, reason));
    }
}
