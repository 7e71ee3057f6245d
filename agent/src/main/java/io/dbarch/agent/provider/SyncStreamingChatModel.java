package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * Streams a model that cannot stream (the offline engine): the answer is computed whole, then delivered paragraph
 * by paragraph.
 */
public final class SyncStreamingChatModel implements StreamingChatModel {

    private final ChatModel model;

    public SyncStreamingChatModel(ChatModel model) {
        this.model = requireNonNull(model, "model");
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            handler.onError(e);
            return;
        }
        String text = response.aiMessage().text();
        if (text != null && !response.aiMessage().hasToolExecutionRequests()) {
            int from = 0;
            while (from < text.length()) {
                int next = text.indexOf("\n\n", from);
                int to = next < 0 ? text.length() : next + 2;
                handler.onPartialResponse(text.substring(from, to));
                from = to;
            }
        }
        handler.onCompleteResponse(response);
    }
}
