package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * LangChain4j's HTTP transport with retries: 408, 429 and 5xx responses, timeouts and dropped connections are
 * retried as the {@link RetryPolicy} says, honouring {@code Retry-After}. Streams are retried only before the first
 * event arrives. Request and response bodies are never logged.
 */
final class RetryingHttpClient implements HttpClient {

    /** Pauses between attempts; tests may pass a recording one. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    RetryingHttpClient(java.net.http.HttpClient http, Duration readTimeout, RetryPolicy policy, Sleeper sleeper,
            Clock clock) {
        this.http = requireNonNull(http, "http");
        this.readTimeout = requireNonNull(readTimeout, "readTimeout");
        this.policy = requireNonNull(policy, "policy");
        this.sleeper = requireNonNull(sleeper, "sleeper");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<byte[]> response = send(request, BodyHandlers.ofByteArray());
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                .headers(response.headers().map()).body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        Thread worker = new Thread(() -> {
            try {
                HttpResponse<InputStream> response = send(request, BodyHandlers.ofInputStream());
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                        .headers(response.headers().map()).build());
                try (InputStream body = response.body()) {
                    parser.parse(body, listener);
                }
                listener.onClose();
            } catch (IOException e) {
                listener.onError(new UncheckedIOException("the stream broke off: " + e.getClass().getSimpleName(), e));
            } catch (RuntimeException e) {
                listener.onError(e);
            }
        }, "dbarch-model-stream");
        worker.setDaemon(true);
        worker.start();
    }

    private <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) {
        java.net.http.HttpRequest jdk = toJdk(request);
        for (int attempt = 0; ; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            RuntimeException failure;
            try {
                HttpResponse<T> response = http.send(jdk, handler);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return response;
                }
                failure = new HttpException(status, errorBody(response));
                if (!RetryPolicy.retryable(status)) {
                    throw failure;
                }
                retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant());
            } catch (HttpTimeoutException e) {
                failure = new TimeoutException(e);
            } catch (IOException e) {
                failure = new UncheckedIOException("connection failed: " + e.getClass().getSimpleName(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while calling the model", e);
            }
            Optional<Duration> delay = policy.delay(attempt + 1, retryAfter);
            if (delay.isEmpty()) {
                throw failure;
            }
            pause(delay.get(), failure);
        }
    }

    private void pause(Duration delay, RuntimeException failure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String errorBody(HttpResponse<?> response) {
        Object body = response.body();
        if (body instanceof byte[] bytes) {
            return new String(bytes, 0, Math.min(bytes.length, 2_000), StandardCharsets.UTF_8);
        }
        if (body instanceof InputStream in) {
            try (in) {
                return new String(in.readNBytes(2_000), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
        return "";
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        var builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        builder.method(request.method().name(), request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        return builder.build();
    }
}
