package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;

/** Builds the {@link RetryingHttpClient} for LangChain4j's model builders ({@code httpClientBuilder(…)}). */
final class RetryingHttpClientBuilder implements HttpClientBuilder {

    private final RetryPolicy policy;
    private final RetryingHttpClient.Sleeper sleeper;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);

    RetryingHttpClientBuilder(RetryPolicy policy, RetryingHttpClient.Sleeper sleeper) {
        this.policy = requireNonNull(policy, "policy");
        this.sleeper = requireNonNull(sleeper, "sleeper");
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        if (timeout != null) {
            this.connectTimeout = timeout;
        }
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        if (timeout != null) {
            this.readTimeout = timeout;
        }
        return this;
    }

    @Override
    public HttpClient build() {
        var http = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        return new RetryingHttpClient(http, readTimeout, policy, sleeper, Clock.systemUTC());
    }
}
