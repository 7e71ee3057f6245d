package io.dbarch.web.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Lets a Slack or Mattermost request in, or answers 401 before anything is done: Slack requests need a valid v0
 * signature; Mattermost requests (no Slack signature) need the configured command token, as
 * {@code Authorization: Token …} or the form's {@code token}, compared in constant time.
 */
final class SlackRequestGuard {

    /** Where a request came from. */
    enum Platform { SLACK, MATTERMOST }

    private final Optional<SlackSignatureVerifier> slack;
    private final Optional<byte[]> mattermostToken;
    private final AuditLog audit;

    SlackRequestGuard(Optional<SlackSignatureVerifier> slack, Optional<String> mattermostToken, AuditLog audit) {
        this.slack = slack;
        this.mattermostToken = mattermostToken.filter(t -> !t.isBlank()).map(t -> t.getBytes(UTF_8));
        this.audit = audit;
    }

    Platform check(Context ctx, byte[] rawBody) {
        String signature = ctx.header("X-Slack-Signature");
        if (signature != null && slack.isPresent()
                && slack.get().valid(rawBody, ctx.header("X-Slack-Request-Timestamp"), signature)) {
            return Platform.SLACK;
        }
        if (signature == null && mattermostToken.isPresent() && mattermostTokenMatches(ctx)) {
            return Platform.MATTERMOST;
        }
        audit.record("anonymous", "slack.denied", ctx.path(), "401",
                signature == null ? "unsigned" : "bad or stale signature");
        throw new ProblemException(HttpStatus.UNAUTHORIZED, signature == null
                ? "The request is not signed (X-Slack-Signature) and carries no valid command token."
                : "The Slack signature is not valid or the timestamp is more than 5 minutes off.");
    }

    private boolean mattermostTokenMatches(Context ctx) {
        String header = ctx.header("Authorization");
        String presented = header != null && header.startsWith("Token ") ? header.substring(6).trim()
                : ctx.formParam("token");
        return presented != null && MessageDigest.isEqual(mattermostToken.get(), presented.getBytes(UTF_8));
    }
}
