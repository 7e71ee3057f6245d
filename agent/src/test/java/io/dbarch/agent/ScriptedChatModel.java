package io.dbarch.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/** A chat model that replies from a script and records every request it receives. */
final class ScriptedChatModel implements ChatModel {

    final List<ChatRequest> requests = new ArrayList<>();
    private final Queue<AiMessage> replies;

    ScriptedChatModel(AiMessage... replies) {
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        AiMessage next = replies.poll();
        if (next == null) {
            throw new IllegalStateException("script exhausted after " + requests.size() + " requests");
        }
        return ChatResponse.builder().aiMessage(next)
                .finishReason(next.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .build();
    }
}
