package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The streaming twin of {@link FallbackChatModel}: a failed stream is completed by the offline engine. */
public final class FallbackStreamingChatModel implements StreamingChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackStreamingChatModel.class);

    private final StreamingChatModel primary;
    private final ChatModel offline;
    private final String provider;
    private final CircuitState circuit;

    FallbackStreamingChatModel(StreamingChatModel primary, ChatModel offline, String provider, CircuitState circuit) {
        this.primary = requireNonNull(primary, "primary");
        this.offline = requireNonNull(offline, "offline");
        this.provider = requireNonNull(provider, "provider");
        this.circuit = requireNonNull(circuit, "circuit");
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        Optional<String> resting = circuit.open();
        if (resting.isPresent()) {
            offline(request, resting.get(), false, handler);
            return;
        }
        AtomicBoolean streamed = new AtomicBoolean();
        primary.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                streamed.set(true);
                handler.onPartialResponse(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                handler.onCompleteResponse(response);
            }

            @Override
            public void onError(Throwable error) {
                String reason = ProviderFailure.describe(error);
                LOG.warn("Model provider {} failed while streaming ({}); answering with the offline engine",
                        provider, reason);
                circuit.failed(reason);
                offline(request, reason, streamed.get(), handler);
            }
        });
    }

    private void offline(ChatRequest request, String reason, boolean afterPartial,
            StreamingChatResponseHandler handler) {
        try {
            String notice = (afterPartial ? "\n\n" : "") + FallbackNotice.text(provider, reason);
            ChatResponse response = FallbackNotice.prefix(offline.chat(request), notice);
            if (!response.aiMessage().hasToolExecutionRequests() && response.aiMessage().text() != null) {
                handler.onPartialResponse(response.aiMessage().text());
            }
            handler.onCompleteResponse(response);
        } catch (RuntimeException e) {
            handler.onError(e);
        }
    }
}
