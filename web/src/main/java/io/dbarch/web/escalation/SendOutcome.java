package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How a send went.
 *
 * @param retryAfter how long the receiver asked us to wait (HTTP Retry-After), if it said
 */
public record SendOutcome(boolean delivered, boolean retryable, Optional<Duration> retryAfter, String error) {

    public SendOutcome {
        requireNonNull(retryAfter, "retryAfter");
        requireNonNull(error, "error");
    }

    public static SendOutcome ok() {
        return new SendOutcome(true, false, Optional.empty(), "");
    }

    public static SendOutcome retry(String error, Optional<Duration> after) {
        return new SendOutcome(false, true, after, error);
    }

    public static SendOutcome permanent(String error) {
        return new SendOutcome(false, false, Optional.empty(), error);
    }

    /** The outcome of an HTTP status: 2xx delivered; 408, 429 and 5xx worth a retry; other 4xx final. */
    public static SendOutcome ofHttpStatus(int status, Optional<String> retryAfterHeader) {
        if (status >= 200 && status < 300) {
            return ok();
        }
        String error = "HTTP " + status;
        if (status == 408 || status == 429 || status >= 500) {
            return retry(error, retryAfterHeader.flatMap(SendOutcome::seconds));
        }
        return permanent(error + " (the receiver refused the notice; check the URL and secret)");
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long s = Long.parseLong(value.trim());
            return s >= 0 && s <= 3600 ? Optional.of(Duration.ofSeconds(s)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
