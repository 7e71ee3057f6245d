package io.dbarch.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import io.dbarch.web.storage.DatabaseConfig;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Streamed answers are bounded: past DBARCH_MAX_STREAMS a stream is refused with 503 and Retry-After. */
class StreamLimitTest {

    /** Holds each request until released. */
    static final class GatedModel implements ChatModel {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public ChatResponse doChat(ChatRequest request) {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("## Summary\nDone.")).build();
        }
    }

    @Test
    void should_refuse_a_second_stream_with_503_when_one_stream_is_allowed() throws Exception {
        // given: one stream allowed, and one in progress
        var model = new GatedModel();
        WebApp app = TestApps.start(Map.of("DBARCH_MAX_STREAMS", "1"), DatabaseConfig.h2Memory("streams"), model);
        try {
            Http http = Http.to(app);
            HttpRequest stream = http.request("/api/chat").header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"first\"}")).build();
            CompletableFuture<HttpResponse<String>> first = java.net.http.HttpClient.newHttpClient()
                    .sendAsync(stream, HttpResponse.BodyHandlers.ofString());
            assertThat(model.entered.await(20, TimeUnit.SECONDS)).isTrue();

            // when
            HttpResponse<String> second = http.send(http.request("/api/chat")
                    .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"second\"}")).build());
            model.release.countDown();

            // then
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(Http.json(second).get("detail").asText()).startsWith("All answer streams are busy");
            HttpResponse<String> done = first.get(20, TimeUnit.SECONDS);
            assertThat(done.body()).contains("event: done");
            var after = http.send(stream);
            assertThat(after.statusCode()).isEqualTo(200);
        } finally {
            model.release.countDown();
            app.stop();
        }
    }
}
