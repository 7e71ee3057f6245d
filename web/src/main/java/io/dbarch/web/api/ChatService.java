package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.escalation.EscalationRecord;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Principal;
import io.dbarch.web.storage.Conversation;
import io.dbarch.web.storage.ConversationStore;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.web.storage.StoredMessage;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One chat turn, durably: the user's message (and files) are stored before the agent runs, the answer, artifacts
 * and escalations after; turns of one conversation run one at a time. Thread-safe.
 */
public final class ChatService {

    private final ConversationStore conversations;
    private final EscalationService escalations;
    private final TurnRunner runner;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final Lock[] stripes = new Lock[64];

    ChatService(ConversationStore conversations, EscalationService escalations,
            TurnRunner runner, AuditLog audit, MeterRegistry metrics) {
        this.conversations = requireNonNull(conversations, "conversations");
        this.escalations = requireNonNull(escalations, "escalations");
        this.runner = requireNonNull(runner, "runner");
        this.audit = requireNonNull(audit, "audit");
        this.metrics = requireNonNull(metrics, "metrics");
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * One turn for a bot (Slack): continues {@code conversationId}, creating it for {@code who} when new.
     *
     * @throws ProblemException 404 when the conversation belongs to someone else
     */
    public TurnOutcome ask(Principal who, String conversationId, String message) {
        var request = new ChatRequest(java.util.Optional.of(conversationId), message, List.of());
        return turn(who, open(who, request), request, part -> { });
    }

    /** The conversation a request continues or starts; 404 when it belongs to someone else. */
    Conversation open(Principal who, ChatRequest request) {
        String id = request.conversationId().orElseGet(() -> UUID.randomUUID().toString());
        return conversations.findOrCreate(id, who.name(), request.message().isBlank()
                        ? request.attachments().get(0).name() : request.message())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "There is no conversation '" + id
                        + "' of yours; leave 'conversationId' out to start a new one."));
    }

    TurnOutcome turn(Principal who, Conversation conversation, ChatRequest request, Consumer<String> onPartial) {
        Lock lock = stripes[Math.floorMod(conversation.id().hashCode(), stripes.length)];
        lock.lock();
        try {
            return run(who, conversation.id(), request, onPartial);
        } finally {
            lock.unlock();
        }
    }

    private TurnOutcome run(Principal who, String conversationId, ChatRequest request, Consumer<String> onPartial) {
        long started = System.nanoTime();
        conversations.append(conversationId, StoredMessage.USER, userText(request), List.of(), List.of());
        TurnResult result = runner.run(conversationId, who.name(), request, onPartial);
        List<EscalationRecord> raised = escalations.raise(result.escalations());
        List<Artifact> made = result.artifacts();
        StoredMessage answer = conversations.append(conversationId, StoredMessage.ASSISTANT, result.answer(),
                made.stream().map(Artifact::id).toList(), raised.stream().map(EscalationRecord::id).toList());
        for (String tool : result.toolsUsed()) {
            audit.record(who.name(), "tool.call", conversationId, "ok", tool);
            metrics.counter("dbarch.tool.calls", "tool", tool).increment();
        }
        audit.record(who.name(), "chat.turn", conversationId, "ok", "message " + request.message().length()
                + " chars, " + request.attachments().size() + " attachments, answer " + result.answer().length()
                + " chars, tools " + result.toolsUsed().size());
        metrics.timer("dbarch.chat.turn").record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new TurnOutcome(conversationId, answer, made, raised);
    }

    /** The message as shown in the conversation: the text, then one line per attached file. */
    private static String userText(ChatRequest request) {
        var text = new StringBuilder(request.message());
        request.attachments().forEach(u -> text.append(text.length() == 0 ? "" : "\n").append("Attached: ").append(u.name())
                .append(" (").append(u.content().length()).append(" characters)"));
        return text.toString();
    }

    /** The stored result of a turn. */
    public record TurnOutcome(String conversationId, StoredMessage answer, List<Artifact> artifacts,
            List<EscalationRecord> escalations) {
    }
}
