package io.dbarch.web.slack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature, v0: {@code X-Slack-Signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp +
 * ":" + rawBody))}. Checked over the raw bytes (never a re-encoded string, so any body verifies whatever the
 * platform charset), with the timestamp within five minutes either way, compared in constant time.
 */
public final class SlackSignatureVerifier {

    /** Five minutes, in seconds, in both directions. */
    public static final long MAX_SKEW_SECONDS = 300;

    private final byte[] secret;
    private final Clock clock;

    public SlackSignatureVerifier(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the Slack signing secret is empty");
        }
        this.secret = signingSecret.getBytes(UTF_8);
        this.clock = clock;
    }

    public boolean valid(byte[] rawBody, String timestamp, String signature) {
        if (rawBody == null || timestamp == null || signature == null || timestamp.length() > 12) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - sent) > MAX_SKEW_SECONDS) {
            return false;
        }
        byte[] expected = sign(timestamp.trim(), rawBody).getBytes(UTF_8);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(UTF_8));
    }

    /** The signature Slack would send for {@code rawBody} at {@code timestamp}. */
    public String sign(String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
