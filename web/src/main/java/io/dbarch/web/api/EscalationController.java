package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/escalations} and {@code GET /api/escalations/{id}}, with each channel's delivery status. */
final class EscalationController {

    private final EscalationService escalations;

    EscalationController(EscalationService escalations) {
        this.escalations = requireNonNull(escalations, "escalations");
    }

    void list(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        int limit = Queries.limit(ctx, 100, 1000);
        Optional<String> owner = who.isAdmin() ? Optional.empty() : Optional.of(who.name());
        ctx.json(Map.of("channels", escalations.channels(), "escalations", escalations.list(owner, limit).stream()
                .map(e -> Views.EscalationView.of(e, escalations.deliveries(e.id()))).toList()));
    }

    void get(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        String id = ctx.pathParam("id");
        var e = escalations.find(id).filter(x -> Access.mayRead(who, x.owner()))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "There is no escalation '"
                        + ConversationController.clip(id) + "' of yours."));
        ctx.json(Views.EscalationView.of(e, escalations.deliveries(e.id())));
    }
}
