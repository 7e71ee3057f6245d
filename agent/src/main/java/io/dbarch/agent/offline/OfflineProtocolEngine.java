package io.dbarch.agent.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.dbarch.agent.tools.SchemaTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The default chat model: a deterministic protocol engine that needs no network and no key. It drives the same
 * tools a language model would: DDL in the latest user message becomes a call to {@code inspectSchema}; the tool's
 * result becomes an answer in protocol sections; a message without DDL gets a short reply that says what works
 * offline and asks for the schema. Stateless and thread-safe.
 */
public final class OfflineProtocolEngine implements ChatModel {

    private static final String DDL_PARAMETER = "ddl";

    private final DdlDetector detector = new DdlDetector();
    private final AnswerComposer composer = new AnswerComposer();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        ChatMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        AiMessage reply;
        if (last instanceof ToolExecutionResultMessage) {
            reply = AiMessage.from(composer.schemaAnswer(toolResultsOfThisTurn(messages)));
        } else if (last instanceof UserMessage user) {
            reply = replyTo(user, request, messages.size());
        } else {
            reply = AiMessage.from(composer.guidance());
        }
        return ChatResponse.builder()
                .aiMessage(reply)
                .finishReason(reply.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .modelName("dbarch-offline")
                .build();
    }

    private AiMessage replyTo(UserMessage user, ChatRequest request, int position) {
        Optional<String> ddl = detector.detect(textOf(user));
        if (ddl.isEmpty()) {
            return AiMessage.from(composer.guidance());
        }
        if (!offers(request, SchemaTools.INSPECT_SCHEMA)) {
            return AiMessage.from(composer.noToolAnswer());
        }
        return AiMessage.from(ToolExecutionRequest.builder()
                .id("offline-" + position)
                .name(SchemaTools.INSPECT_SCHEMA)
                .arguments(arguments(ddl.get()))
                .build());
    }

    private String arguments(String ddl) {
        try {
            return json.writeValueAsString(Map.of(DDL_PARAMETER, ddl));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode tool arguments: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean offers(ChatRequest request, String toolName) {
        List<ToolSpecification> specs = request.toolSpecifications();
        return specs != null && specs.stream().anyMatch(s -> s.name().equals(toolName));
    }

    private static List<ToolOutcome> toolResultsOfThisTurn(List<ChatMessage> messages) {
        List<ToolOutcome> results = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && !(messages.get(i) instanceof UserMessage); i--) {
            if (messages.get(i) instanceof ToolExecutionResultMessage r) {
                results.add(0, new ToolOutcome(r.toolName(), r.text() == null ? "" : r.text(), isError(r)));
            }
        }
        return results;
    }

    private static boolean isError(ToolExecutionResultMessage result) {
        return Boolean.TRUE.equals(result.isError());
    }

    private static String textOf(UserMessage user) {
        return user.contents().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
    }
}
