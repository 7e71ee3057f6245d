package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.net.URI;
import java.util.Map;

/**
 * Posts escalation notices to a Slack or Mattermost incoming webhook: {@code {"text": …, "blocks": […]}}. Slack
 * shows the blocks; Mattermost, which ignores blocks, shows the text, which carries the whole notice.
 */
public final class IncomingWebhookSender implements EscalationChannel {

    private final WebhookPoster poster;
    private final URI url;
    private final ObjectMapper json = new ObjectMapper();

    public IncomingWebhookSender(URI url) {
        this.url = requireNonNull(url, "url");
        this.poster = new WebhookPoster(WebhookPoster.defaultClient());
    }

    @Override
    public String name() {
        return "slack-webhook";
    }

    @Override
    public SendOutcome send(EscalationRecord e, String deliveryKey) {
        String blocks = GsonFactory.createSnakeCase().toJson(EscalationText.blocks(e));
        try {
            String body = json.writeValueAsString(Map.of("text", EscalationText.plain(e),
                    "blocks", json.readTree(blocks)));
            return poster.post(url, body, Map.of());
        } catch (JsonProcessingException ex) {
            return SendOutcome.permanent("could not write the notice as JSON: " + ex.getOriginalMessage());
        }
    }
}
