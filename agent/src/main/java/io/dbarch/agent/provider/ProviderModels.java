package io.dbarch.agent.provider;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Clock;
import java.time.Duration;

/**
 * The chat models of one configuration: a blocking one and a streaming one, both with the offline engine behind
 * them. Provider models retry in the HTTP layer ({@link RetryPolicy}); LangChain4j's own retries are off so that
 * {@code Retry-After} is honoured and attempts are not multiplied. Request logging is off: bodies hold user data.
 *
 * @param chat      the blocking model
 * @param streaming the streaming model
 * @param label     e.g. {@code openai gpt-4o-mini} or {@code offline}
 */
public record ProviderModels(ChatModel chat, StreamingChatModel streaming, String label) {

    /** How long a failed provider rests before it is tried again. */
    public static final Duration COOL_DOWN = Duration.ofSeconds(30);

    public ProviderModels {
        requireNonNull(chat, "chat");
        requireNonNull(streaming, "streaming");
        requireNonNull(label, "label");
    }

    public static ProviderModels offline(ChatModel engine) {
        return new ProviderModels(engine, new SyncStreamingChatModel(engine), "offline");
    }

    /** An OpenAI-compatible server (OpenAI, Ollama, vLLM, LM Studio …); {@code apiKey} may be empty for local ones. */
    public static ProviderModels openAi(String baseUrl, String apiKey, String model, Duration timeout,
            RetryPolicy retry, ChatModel offline) {
        var http = new RetryingHttpClientBuilder(retry, d -> Thread.sleep(d.toMillis()));
        ChatModel chat = OpenAiChatModel.builder().httpClientBuilder(http).baseUrl(baseUrl)
                .apiKey(apiKey.isEmpty() ? null : apiKey).modelName(model).timeout(timeout).maxRetries(0)
                .logRequests(false).logResponses(false).build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .httpClientBuilder(new RetryingHttpClientBuilder(retry, d -> Thread.sleep(d.toMillis()))).baseUrl(baseUrl)
                .apiKey(apiKey.isEmpty() ? null : apiKey).modelName(model).timeout(timeout)
                .logRequests(false).logResponses(false).build();
        return withFallback("openai " + model, chat, streaming, offline);
    }

    /** Anthropic's Messages API. */
    public static ProviderModels anthropic(String baseUrl, String apiKey, String model, Duration timeout,
            RetryPolicy retry, ChatModel offline) {
        ChatModel chat = AnthropicChatModel.builder()
                .httpClientBuilder(new RetryingHttpClientBuilder(retry, d -> Thread.sleep(d.toMillis()))).baseUrl(baseUrl)
                .apiKey(apiKey).modelName(model).timeout(timeout).maxRetries(0).logRequests(false)
                .logResponses(false).build();
        StreamingChatModel streaming = AnthropicStreamingChatModel.builder()
                .httpClientBuilder(new RetryingHttpClientBuilder(retry, d -> Thread.sleep(d.toMillis()))).baseUrl(baseUrl)
                .apiKey(apiKey).modelName(model).timeout(timeout).logRequests(false).logResponses(false).build();
        return withFallback("anthropic " + model, chat, streaming, offline);
    }

    private static ProviderModels withFallback(String label, ChatModel chat, StreamingChatModel streaming,
            ChatModel offline) {
        var circuit = new CircuitState(Clock.systemUTC(), COOL_DOWN);
        return new ProviderModels(new FallbackChatModel(chat, offline, label, circuit),
                new FallbackStreamingChatModel(streaming, offline, label, circuit), label);
    }
}
