package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** POSTs a JSON body with a 10-second timeout and turns the answer into a {@link SendOutcome}. */
final class WebhookPoster {

    private final HttpClient http;

    WebhookPoster(HttpClient http) {
        this.http = requireNonNull(http, "http");
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    SendOutcome post(URI url, String json, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return SendOutcome.ofHttpStatus(response.statusCode(), response.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            return SendOutcome.retry("webhook unreachable: " + e.getClass().getSimpleName(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.retry("interrupted while sending", Optional.empty());
        }
    }
}
