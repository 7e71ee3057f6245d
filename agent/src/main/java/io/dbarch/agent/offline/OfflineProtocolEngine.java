package io.dbarch.agent.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.dbarch.agent.tools.SchemaTools;
import java.util.ArrayList;
import java.util.List;

/**
 * The default chat model: a deterministic protocol engine that needs no network and no key. It reads the
 * conversation (free text, fenced SQL, references to stored scripts, YAML/JSON requirements), decides which of the
 * offered tools to call and with what arguments, and composes the answer in the protocol's sections from their
 * results. When it cannot tell what the user wants, it asks a precise question. Stateless and thread-safe.
 */
public final class OfflineProtocolEngine implements ChatModel {

    /** The model name responses carry. */
    public static final String MODEL_NAME = "dbarch-offline";

    private final ScriptFinder finder = new ScriptFinder();
    private final IntentReader intents = new IntentReader();
    private final Planner planner = new Planner();
    private final AnswerComposer composer = new AnswerComposer();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Conversation c = Conversation.of(request, finder);
        Intent intent = intents.read(c);
        AiMessage reply;
        if (!c.lastIsToolResult()) {
            reply = plan(intent, c);
        } else if ((intent.kind() == Intent.Kind.REQUIREMENTS || intent.kind() == Intent.Kind.KNOWLEDGE)
                && !RequirementsAnswer.escalationsToRaise(c).isEmpty()) {
            reply = calls(RequirementsAnswer.escalationsToRaise(c), c.results().size());
        } else if (intent.kind() == Intent.Kind.RUNBOOK && Runbook.readNext(intent, c).isPresent()) {
            reply = calls(List.of(Runbook.readNext(intent, c).get()), c.results().size());
        } else if (intent.kind() == Intent.Kind.ROLES && RolesRequest.readNext(c).isPresent()) {
            reply = calls(List.of(RolesRequest.readNext(c).get()), c.results().size());
        } else {
            reply = AiMessage.from(composer.compose(intent, c));
        }
        return ChatResponse.builder()
                .aiMessage(reply)
                .finishReason(reply.hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP)
                .modelName(MODEL_NAME)
                .build();
    }

    private AiMessage plan(Intent intent, Conversation c) {
        List<ToolCall> calls = planner.plan(intent, c);
        if (!calls.isEmpty()) {
            return calls(calls, 0);
        }
        return AiMessage.from(switch (intent.kind()) {
            case SCHEMA_REVIEW, SCHEMA_PAIR, TABLE, ERD, ERD_AREA, FINDINGS -> Replies.toolMissing(c.offers(SchemaTools.INSPECT_SCHEMA)
                    ? "that" : "a schema review (the schema inspection tool)");
            case READ_ARTIFACT, LIST_ARTIFACTS -> Replies.toolMissing("artifacts");
            case KNOWLEDGE -> Replies.knowledgeUnavailable(intent.subject().orElse("design"));
            case REQUIREMENTS -> Replies.requirementsUnavailable();
            case RUNBOOK -> Replies.toolMissing("runbooks (the design tools)");
            case ROLES -> Replies.toolMissing("least-privilege roles (the design tools)");
            case CAPACITY -> Replies.toolMissing("a capacity plan (the design tools)");
            case NEEDS_SCHEMA -> Replies.needsSchema();
            case DOMAIN -> DomainRequest.compose(c.latestText());
            case UNCLEAR -> Replies.unclear(c);
        });
    }

    private AiMessage calls(List<ToolCall> calls, int idOffset) {
        List<ToolExecutionRequest> requests = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            requests.add(ToolExecutionRequest.builder().id("offline-" + (idOffset + i + 1)).name(calls.get(i).name())
                    .arguments(arguments(calls.get(i))).build());
        }
        return AiMessage.from(requests);
    }

    private String arguments(ToolCall call) {
        try {
            return json.writeValueAsString(call.arguments());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode tool arguments: " + e.getOriginalMessage(), e);
        }
    }
}
