package io.dbarch.web.escalation;

import com.slack.api.methods.MethodsClient;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The escalation channels configured in the environment. */
public final class EscalationChannels {

    public static final String SLACK_CHANNEL = "DBARCH_ESCALATION_SLACK_CHANNEL";
    public static final String SLACK_WEBHOOK_URL = "DBARCH_ESCALATION_SLACK_WEBHOOK_URL";
    public static final String WEBHOOK_URL = "DBARCH_ESCALATION_WEBHOOK_URL";
    public static final String WEBHOOK_SECRET = "DBARCH_ESCALATION_WEBHOOK_SECRET";

    private EscalationChannels() {
    }

    /**
     * A Slack channel (with the bot's {@code methods}), a Slack/Mattermost incoming webhook and a signed JSON
     * webhook, each when its variables are set.
     *
     * @throws IllegalArgumentException when a variable is set but unusable (a URL that is not http(s), a webhook
     *                                  URL without its secret, a Slack channel without a bot token)
     */
    public static List<EscalationChannel> fromEnvironment(Map<String, String> env, Optional<MethodsClient> slack,
            Clock clock) {
        var channels = new ArrayList<EscalationChannel>();
        String channel = env.getOrDefault(SLACK_CHANNEL, "").trim();
        if (!channel.isEmpty()) {
            channels.add(new SlackChannelSender(slack.orElseThrow(() -> new IllegalArgumentException(
                    SLACK_CHANNEL + " is set but SLACK_BOT_TOKEN is not; set the bot token or unset the channel")),
                    channel));
        }
        url(env, SLACK_WEBHOOK_URL).ifPresent(u -> channels.add(new IncomingWebhookSender(u)));
        Optional<URI> webhook = url(env, WEBHOOK_URL);
        if (webhook.isPresent()) {
            String secret = env.getOrDefault(WEBHOOK_SECRET, "");
            if (secret.length() < 16) {
                throw new IllegalArgumentException(WEBHOOK_URL + " needs " + WEBHOOK_SECRET
                        + " (at least 16 characters) to sign the notices");
            }
            channels.add(new SignedWebhookSender(webhook.get(), secret, clock));
        }
        return List.copyOf(channels);
    }

    private static Optional<URI> url(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (IllegalArgumentException e) {
            // reported below, without echoing the URL (it may carry a secret path)
        }
        throw new IllegalArgumentException(name + " is not an http(s) URL");
    }
}
