package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.dbarch.agent.escalation.EscalationNotice;
import io.dbarch.agent.intake.Attachment;
import io.dbarch.web.escalation.EscalationDraft;
import io.dbarch.web.http.ProblemException;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs one agent turn as a stream: the answer arrives in pieces through {@code onPartial}; attachments go to the
 * agent, which keeps them (and every tool output) in the app's artifact store.
 */
final class TurnRunner {

    /** The longest a turn may take before the caller gets a 504. */
    static final long TURN_TIMEOUT_SECONDS = 300;

    private final AdvisorAgent agent;

    TurnRunner(AdvisorAgent agent) {
        this.agent = requireNonNull(agent, "agent");
    }

    TurnResult run(String conversationId, String owner, ChatRequest request, Consumer<String> onPartial) {
        var attachments = request.attachments().stream().map(u -> new Attachment(u.name(), u.content())).toList();
        AdvisorReply reply;
        try {
            reply = agent.stream(conversationId, request.message(), attachments, onPartial)
                    .get(TURN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "The server is stopping; ask again.");
        } catch (TimeoutException e) {
            throw new ProblemException(HttpStatus.GATEWAY_TIMEOUT, "The answer took longer than "
                    + TURN_TIMEOUT_SECONDS + " s; ask a narrower question or send a smaller schema.");
        } catch (ExecutionException | CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return new TurnResult(reply.answer(), reply.toolsUsed(), reply.artifacts(),
                reply.escalations().stream().map(n -> draft(n, owner)).toList());
    }

    private static EscalationDraft draft(EscalationNotice n, String owner) {
        return new EscalationDraft(Optional.of(n.conversationId()), owner, "agent", "blocker", n.title(),
                n.conflict(), n.options(), n.decider());
    }
}
