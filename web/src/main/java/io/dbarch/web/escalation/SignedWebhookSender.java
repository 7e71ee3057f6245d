package io.dbarch.web.escalation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts escalation notices as JSON to any HTTP endpoint, signed so that the receiver can check they come from this
 * server: {@code X-Dbarch-Signature: v1=hex(HMAC-SHA256(secret, "v1:" + X-Dbarch-Timestamp + ":" + body))}.
 * {@code X-Dbarch-Delivery} carries the delivery key, the same on every attempt, so a receiver can drop repeats.
 */
public final class SignedWebhookSender implements EscalationChannel {

    private final WebhookPoster poster;
    private final URI url;
    private final byte[] secret;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SignedWebhookSender(URI url, String secret, Clock clock) {
        this.url = requireNonNull(url, "url");
        this.secret = requireNonNull(secret, "secret").getBytes(UTF_8);
        this.clock = requireNonNull(clock, "clock");
        this.poster = new WebhookPoster(WebhookPoster.defaultClient());
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public SendOutcome send(EscalationRecord e, String deliveryKey) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "escalation");
        body.put("deliveryId", deliveryKey);
        body.put("id", e.id());
        body.put("conversationId", e.conversationId().orElse(null));
        body.put("severity", e.severity());
        body.put("title", e.title());
        body.put("conflict", e.conflict());
        body.put("options", e.options());
        body.put("decider", e.decider());
        body.put("source", e.source());
        body.put("raisedAt", e.raisedAt().toString());
        try {
            String text = json.writeValueAsString(body);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            return poster.post(url, text, Map.of("X-Dbarch-Timestamp", timestamp,
                    "X-Dbarch-Signature", sign(secret, timestamp, text), "X-Dbarch-Delivery", deliveryKey));
        } catch (JsonProcessingException ex) {
            return SendOutcome.permanent("could not write the notice as JSON: " + ex.getOriginalMessage());
        }
    }

    /** The signature header value for {@code body} sent at {@code timestamp} (seconds since the epoch). */
    public static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v1:" + timestamp + ":").getBytes(UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
