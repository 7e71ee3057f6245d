package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Posts escalation notices to a Slack channel with the bot token ({@code chat.postMessage}), each carrying its
 * delivery key as message metadata ({@code event_type} {@value #EVENT_TYPE}, {@code event_payload.delivery_id}),
 * and finds an earlier post again by that key in the channel's history ({@code conversations.history}; scope
 * {@code channels:history}, or {@code groups:history} for a private channel).
 */
public final class SlackChannelSender implements QueryableChannel {

    /** The metadata event type of escalation notices. */
    public static final String EVENT_TYPE = "dbarch_escalation";
    /** How far before an attempt's start the history is read, for clocks that differ. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 5;

    private static final Set<String> RETRYABLE = Set.of("ratelimited", "service_unavailable", "internal_error",
            "fatal_error", "request_timeout");

    private final MethodsClient methods;
    private final String channel;

    public SlackChannelSender(MethodsClient methods, String channel) {
        this.methods = requireNonNull(methods, "methods");
        this.channel = requireNonNull(channel, "channel");
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public SendOutcome send(EscalationRecord e, String deliveryKey) {
        try {
            ChatPostMessageResponse r = methods.chatPostMessage(b -> b.channel(channel)
                    .text(EscalationText.clip(EscalationText.plain(e), 3900)).blocks(EscalationText.blocks(e))
                    .metadata(Message.Metadata.builder().eventType(EVENT_TYPE)
                            .eventPayload(Map.of("delivery_id", deliveryKey)).build()));
            if (r.isOk()) {
                return SendOutcome.ok();
            }
            String error = "Slack said " + r.getError();
            return RETRYABLE.contains(r.getError()) ? SendOutcome.retry(error, Optional.empty())
                    : SendOutcome.permanent(error + " (check the bot token and that the bot is in " + channel + ")");
        } catch (SlackApiException ex) {
            int status = ex.getResponse().code();
            return SendOutcome.ofHttpStatus(status, Optional.ofNullable(ex.getResponse().header("Retry-After")));
        } catch (IOException ex) {
            return SendOutcome.retry("Slack unreachable: " + ex.getClass().getSimpleName(), Optional.empty());
        }
    }

    /** Reads the channel's messages since {@code since} (less {@link #CLOCK_MARGIN}), newest first, a few pages. */
    @Override
    public Presence lookUp(String deliveryKey, Instant since) {
        String oldest = ts(since.minus(CLOCK_MARGIN));
        Optional<String> cursor = Optional.empty();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                String from = cursor.orElse(null);
                ConversationsHistoryResponse r = methods.conversationsHistory(b -> b.channel(channel).oldest(oldest)
                        .limit(PAGE_SIZE).includeAllMetadata(true).cursor(from));
                if (!r.isOk()) {
                    return Presence.unknown("Slack said " + r.getError() + ("missing_scope".equals(r.getError())
                            ? " (the bot needs channels:history, or groups:history for a private channel)" : ""));
                }
                if (r.getMessages() != null && r.getMessages().stream().anyMatch(m -> carries(m, deliveryKey))) {
                    return Presence.found();
                }
                cursor = Optional.ofNullable(r.getResponseMetadata()).map(m -> m.getNextCursor())
                        .filter(c -> !c.isBlank());
                if (!r.isHasMore() || cursor.isEmpty()) {
                    return Presence.absent();
                }
            }
            return Presence.unknown("more than " + MAX_PAGES * PAGE_SIZE + " messages in " + channel
                    + " since the attempt; cannot tell whether it arrived");
        } catch (SlackApiException ex) {
            return Presence.unknown("conversations.history answered HTTP " + ex.getResponse().code());
        } catch (IOException ex) {
            return Presence.unknown("Slack unreachable: " + ex.getClass().getSimpleName());
        }
    }

    private static boolean carries(Message m, String deliveryKey) {
        Message.Metadata metadata = m.getMetadata();
        return metadata != null && EVENT_TYPE.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && deliveryKey.equals(metadata.getEventPayload().get("delivery_id"));
    }

    /** A Slack timestamp: seconds since the epoch with six decimals. */
    static String ts(Instant at) {
        return at.getEpochSecond() + "." + String.format(Locale.ROOT, "%06d", at.getNano() / 1_000);
    }
}
