package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.Problem;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import io.dbarch.web.storage.Conversation;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/chat}: one chat turn, answered as JSON, or streamed as server-sent events when the request
 * says {@code Accept: text/event-stream} (events {@code meta}, {@code delta}, {@code done}, or {@code error}).
 * At most {@code maxStreams} streams run at once; more get 503 with {@code Retry-After}.
 */
final class ChatController {

    private static final Logger LOG = LoggerFactory.getLogger(ChatController.class);

    private final ChatService service;
    private final ChatRequestParser parser;
    private final EscalationService escalations;
    private final ObjectMapper json;
    private final Semaphore streams;
    private final AtomicInteger activeStreams = new AtomicInteger();

    ChatController(ChatService service, ChatRequestParser parser, EscalationService escalations, ObjectMapper json,
            int maxStreams, MeterRegistry metrics) {
        this.service = requireNonNull(service, "service");
        this.parser = requireNonNull(parser, "parser");
        this.escalations = requireNonNull(escalations, "escalations");
        this.json = requireNonNull(json, "json");
        this.streams = new Semaphore(maxStreams);
        metrics.gauge("dbarch.sse.active", activeStreams);
    }

    void chat(Context ctx) throws IOException {
        Principal who = Access.require(ctx, Role.ARCHITECT);
        ChatRequest request = parser.parse(ctx);
        Conversation conversation = service.open(who, request);
        String accept = ctx.header("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            stream(ctx, who, conversation, request);
            return;
        }
        ctx.json(response(service.turn(who, conversation, request, part -> { })));
    }

    private void stream(Context ctx, Principal who, Conversation conversation, ChatRequest request)
            throws IOException {
        if (!streams.tryAcquire()) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "All answer streams are busy; try again "
                    + "shortly or ask without 'Accept: text/event-stream'.", Map.of("Retry-After", "2"));
        }
        activeStreams.incrementAndGet();
        try {
            ctx.res().setStatus(200);
            ctx.res().setContentType("text/event-stream;charset=utf-8");
            ctx.res().setHeader("Cache-Control", "no-cache");
            ctx.res().setHeader("X-Accel-Buffering", "no");
            var sse = new SseStream(ctx.res().getOutputStream(), json);
            sse.send("meta", Map.of("conversationId", conversation.id()));
            try {
                var outcome = service.turn(who, conversation, request, part -> sse.send("delta", Map.of("text", part)));
                sse.send("done", response(outcome));
            } catch (ProblemException e) {
                sse.send("error", e.problem());
            } catch (RuntimeException e) {
                LOG.error("Streamed chat turn in {} failed", conversation.id(), e);
                sse.send("error", Problem.of(HttpStatus.INTERNAL_SERVER_ERROR,
                        "The answer failed on the server; the server log has the details."));
            }
        } finally {
            activeStreams.decrementAndGet();
            streams.release();
        }
    }

    private Views.ChatResponse response(ChatService.TurnOutcome o) {
        return new Views.ChatResponse(o.conversationId(), o.answer().content(),
                o.artifacts().stream().map(Views.ArtifactView::of).toList(),
                o.escalations().stream().map(e -> Views.EscalationView.of(e, escalations.deliveries(e.id())))
                        .toList());
    }
}
