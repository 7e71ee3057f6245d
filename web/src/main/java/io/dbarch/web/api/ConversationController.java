package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import io.dbarch.web.storage.Conversation;
import io.dbarch.web.storage.ConversationStore;
import io.dbarch.web.storage.JdbcArtifactStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** {@code GET /api/conversations} and {@code GET /api/conversations/{id}}: the caller's own conversations. */
final class ConversationController {

    private final ConversationStore conversations;
    private final JdbcArtifactStore artifacts;
    private final EscalationService escalations;

    ConversationController(ConversationStore conversations, JdbcArtifactStore artifacts,
            EscalationService escalations) {
        this.conversations = requireNonNull(conversations, "conversations");
        this.artifacts = requireNonNull(artifacts, "artifacts");
        this.escalations = requireNonNull(escalations, "escalations");
    }

    void list(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        int limit = Queries.limit(ctx, 50, 500);
        ctx.json(Map.of("conversations", conversations.list(who.name(), limit).stream()
                .map(Views.ConversationView::of).toList()));
    }

    void get(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        Conversation c = readable(who, ctx.pathParam("id"));
        ctx.json(new Views.ConversationDetail(Views.ConversationView.of(c),
                conversations.messages(c.id()).stream().map(Views.MessageView::of).toList(),
                artifacts.list(c.id()).stream().map(Views.ArtifactView::of).toList(),
                escalations.forConversation(c.id()).stream()
                        .map(e -> Views.EscalationView.of(e, escalations.deliveries(e.id()))).toList()));
    }

    /** The conversation if {@code who} may read it; 404 otherwise (others' ids are not confirmed). */
    Conversation readable(Principal who, String id) {
        return conversations.find(id).filter(c -> Access.mayRead(who, c.owner()))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "There is no conversation '"
                        + clip(id) + "' of yours."));
    }

    static String clip(String id) {
        String flat = id.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 64 ? flat : flat.substring(0, 64) + "…";
    }
}
