package io.dbarch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

    /** A model that signals when a request arrives and answers after a pause. */
    private static final class SlowModel implements ChatModel {
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public ChatResponse doChat(ChatRequest request) {
            entered.countDown();
            try {
                Thread.sleep(800);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("slow answer")).build();
        }
    }

    @Test
    void should_finish_the_request_in_flight_when_the_app_stops() throws Exception {
        // given
        var model = new SlowModel();
        var app = TestApps.start(java.util.Map.of(), io.dbarch.web.storage.DatabaseConfig.h2Memory("graceful"), model);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}")).build();
        CompletableFuture<HttpResponse<String>> inFlight =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        assertThat(model.entered.await(10, TimeUnit.SECONDS)).isTrue();

        // when
        app.stop();

        // then
        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("slow answer");
    }
}
