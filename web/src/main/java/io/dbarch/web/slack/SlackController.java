package io.dbarch.web.slack;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.web.http.JsonBodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /slack/commands} ({@code /dbarch question}) and {@code POST /slack/events} (url_verification,
 * app_mention, direct messages). Each request is verified first, acknowledged at once, answered later.
 */
final class SlackController {

    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+>");

    private final SlackRequestGuard guard;
    private final SlackBot bot;
    private final SlackEventLog events;
    private final ObjectMapper json;

    SlackController(SlackRequestGuard guard, SlackBot bot, SlackEventLog events, ObjectMapper json) {
        this.guard = requireNonNull(guard, "guard");
        this.bot = requireNonNull(bot, "bot");
        this.events = requireNonNull(events, "events");
        this.json = requireNonNull(json, "json");
    }

    void command(Context ctx) {
        var platform = guard.check(ctx, ctx.bodyAsBytes());
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
        if (text.isEmpty()) {
            ctx.json(Map.of("response_type", "ephemeral", "text", "Ask a database question, e.g. `/dbarch which "
                    + "index serves WHERE customer_id = ? ORDER BY created_at?` or paste CREATE TABLE statements."));
            return;
        }
        Optional<URI> responseUrl = Optional.ofNullable(ctx.formParam("response_url")).flatMap(SlackController::uri);
        boolean queued = bot.command(platform, param(ctx, "team_id"), param(ctx, "channel_id"),
                param(ctx, "user_id"), text, responseUrl);
        ctx.json(Map.of("response_type", "ephemeral", "text", queued ? "Working on it…"
                : "dbarch is busy right now; please ask again in a minute."));
    }

    void event(Context ctx) throws IOException {
        byte[] raw = ctx.bodyAsBytes();
        guard.check(ctx, raw);
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (IOException e) {
            throw JsonBodies.invalid("The event body is not valid JSON.");
        }
        String type = body.path("type").asText();
        if ("url_verification".equals(type)) {
            ctx.contentType("text/plain").result(body.path("challenge").asText());
            return;
        }
        if (!"event_callback".equals(type) || !events.firstTime(body.path("event_id").asText("none"))) {
            ctx.status(200).result(""); // not ours, or a retry of an event already taken
            return;
        }
        JsonNode event = body.path("event");
        boolean mention = "app_mention".equals(event.path("type").asText());
        boolean direct = "message".equals(event.path("type").asText()) && "im".equals(event.path("channel_type")
                .asText()) && event.path("bot_id").isMissingNode() && event.path("subtype").isMissingNode();
        if (mention || direct) {
            String thread = event.path("thread_ts").asText(event.path("ts").asText());
            String text = MENTION.matcher(event.path("text").asText()).replaceAll("").strip();
            bot.mention(body.path("team_id").asText("team"), event.path("channel").asText(), thread, text);
        }
        ctx.status(200).result("");
    }

    private static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? "unknown" : value.strip();
    }

    private static Optional<URI> uri(String text) {
        try {
            URI uri = URI.create(text);
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) ? Optional.of(uri)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
