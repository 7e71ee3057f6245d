package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Posts escalation notices to a Slack channel with the bot token ({@code chat.postMessage}). */
public final class SlackChannelSender implements EscalationChannel {

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
                    .text(EscalationText.clip(EscalationText.plain(e), 3900)).blocks(EscalationText.blocks(e)));
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
}
