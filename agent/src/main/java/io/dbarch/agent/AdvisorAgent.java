package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.budget.ContextBudget;
import io.dbarch.agent.budget.RequestFitter;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.escalation.EscalationLog;
import io.dbarch.agent.intake.Attachment;
import io.dbarch.agent.intake.InputIntake;
import io.dbarch.agent.intake.PreparedInput;
import io.dbarch.knowledge.kb.Article;
import io.dbarch.knowledge.kb.KnowledgeBase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The database-architect advisor: one chat turn at a time, per conversation, with the persona and protocol of
 * {@code prompts/advisor-system.md}, tools over the knowledge engines, memory in a {@link ChatMemoryStore}, large
 * inputs and outputs in an {@link ArtifactStore}, and every model request within the {@link ContextBudget}.
 * Works with any chat model; the default is the offline engine. Thread-safe.
 */
public final class AdvisorAgent {

    /** Tool-calling rounds one turn may make. */
    public static final int MAX_TOOL_ROUNDS = 6;

    private final Advisor advisor;
    private final InputIntake intake;
    private final ArtifactStore artifacts;
    private final EscalationLog escalations;
    private final ContextBudget budget;
    private final AnswerGuard guard;

    AdvisorAgent(AdvisorAgentBuilder b) {
        var counter = new TokenCounter();
        this.budget = b.budget;
        this.artifacts = b.artifacts;
        this.escalations = b.escalations;
        this.intake = new InputIntake(b.artifacts, counter, b.budget.userTurnTokens() / 2, b.budget.userTurnTokens());
        this.advisor = AdvisorService.build(b, counter, new RequestFitter(b.budget, counter));
        this.guard = new AnswerGuard(b.secrets, AdvisorService.systemPrompt(b.clock),
                KnowledgeBase.standard().articles().stream().map(Article::body).toList());
    }

    /** An agent over {@code model} with the given tool objects and in-memory artifacts. */
    public AdvisorAgent(ChatModel model, ChatMemoryStore memoryStore, List<?> tools, Clock clock) {
        this(builder().chatModel(model).memoryStore(memoryStore).tools(tools).clock(clock));
    }

    public static AdvisorAgentBuilder builder() {
        return new AdvisorAgentBuilder();
    }

    /** Answers one message in a conversation. */
    public AdvisorReply ask(String conversationId, String message) {
        return ask(conversationId, message, List.of());
    }

    /**
     * Answers one message, with text attachments, in a conversation.
     *
     * @param conversationId any non-blank id; messages with the same id share memory and artifacts
     * @param message        the user's message, treated as data: it never becomes part of a template
     */
    public AdvisorReply ask(String conversationId, String message, List<Attachment> attachments) {
        Turn turn = begin(conversationId, message, attachments);
        try {
            Result<String> result = advisor.chat(conversationId, turn.content());
            List<String> tools = result.toolExecutions().stream().map(ToolExecution::request).map(r -> r.name())
                    .toList();
            return turn.reply(guard.check(result.content() == null ? "" : result.content()), tools);
        } finally {
            advisor.evictChatMemory(conversationId); // the store keeps the messages; this drops the cached handle
        }
    }

    /**
     * Answers one message as a stream: {@code onPartial} receives the answer in pieces as the model produces them
     * (on another thread); the future completes with the whole reply.
     */
    public CompletableFuture<AdvisorReply> stream(String conversationId, String message, List<Attachment> attachments,
            Consumer<String> onPartial) {
        requireNonNull(onPartial, "onPartial");
        Turn turn = begin(conversationId, message, attachments);
        var future = new CompletableFuture<AdvisorReply>();
        List<String> tools = Collections.synchronizedList(new ArrayList<>());
        advisor.stream(conversationId, turn.content())
                .onPartialResponse(piece -> onPartial.accept(guard.check(piece)))
                .onToolExecuted(execution -> tools.add(execution.request().name()))
                .onCompleteResponse(response -> future.complete(turn.reply(guard.check(
                        response.aiMessage().text() == null ? "" : response.aiMessage().text()), List.copyOf(tools))))
                .onError(future::completeExceptionally)
                .start();
        return future.whenComplete((reply, error) -> advisor.evictChatMemory(conversationId));
    }

    public ArtifactStore artifacts() {
        return artifacts;
    }

    public EscalationLog escalations() {
        return escalations;
    }

    public ContextBudget budget() {
        return budget;
    }

    private Turn begin(String conversationId, String message, List<Attachment> attachments) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        requireNonNull(attachments, "attachments");
        if (conversationId.isBlank() || (message.isBlank() && attachments.isEmpty())) {
            throw new IllegalArgumentException("conversationId and message must not be blank");
        }
        List<String> before = artifacts.list(conversationId).stream().map(Artifact::id).toList();
        int escalated = escalations.list(conversationId).size();
        PreparedInput input = intake.prepare(conversationId, message, attachments);
        return new Turn(conversationId, input, before, escalated, artifacts, escalations);
    }
}
