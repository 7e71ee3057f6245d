package io.dbarch.web.slack;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.web.api.ChatService.TurnOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts answers: in a Slack thread with the bot token (diagrams uploaded into the thread as files), or to a
 * command's {@code response_url}.
 */
final class SlackResponder {

    private static final Logger LOG = LoggerFactory.getLogger(SlackResponder.class);
    static final int MAX_RESPONSE_URL_POSTS = 5;
    static final int MATTERMOST_POST_CHARS = 16_000;
    static final int MAX_UPLOADS = 3;
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final Optional<MethodsClient> methods;
    private final Optional<String> publicUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    SlackResponder(Optional<MethodsClient> methods, Optional<String> publicUrl) {
        this.methods = requireNonNull(methods, "methods");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
    }

    boolean canPost() {
        return methods.isPresent();
    }

    /** Posts {@code text} in {@code channel} (in the thread when given); returns the message ts. */
    Optional<String> post(String channel, Optional<String> threadTs, String text, List<LayoutBlock> blocks) {
        try {
            ChatPostMessageResponse r = methods.orElseThrow().chatPostMessage(b -> b.channel(channel)
                    .threadTs(threadTs.orElse(null)).text(text).blocks(blocks.isEmpty() ? null : blocks));
            if (!r.isOk()) {
                LOG.warn("Slack chat.postMessage to {} failed: {}", channel, r.getError());
                return Optional.empty();
            }
            return Optional.ofNullable(r.getTs());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Slack chat.postMessage to {} failed: {}", channel, e.getMessage());
            return Optional.empty();
        }
    }

    void answerInThread(String channel, String threadTs, TurnOutcome outcome) {
        String answer = outcome.answer().content();
        for (List<LayoutBlock> blocks : SlackAnswer.messages(answer, outcome.artifacts(), outcome.escalations(),
                publicUrl)) {
            post(channel, Optional.of(threadTs), SlackAnswer.fallback(answer), blocks);
        }
        outcome.artifacts().stream().filter(a -> a.mediaType().startsWith("image/") && a.size() <= MAX_UPLOAD_BYTES)
                .limit(MAX_UPLOADS).forEach(a -> upload(channel, threadTs, a));
    }

    /** Uploads a diagram into the thread ({@code files.getUploadURLExternal} … {@code completeUploadExternal}). */
    private void upload(String channel, String threadTs, Artifact a) {
        try {
            var r = methods.orElseThrow().filesUploadV2(b -> b.channel(channel).threadTs(threadTs)
                    .filename(a.name()).title(a.name() + " — " + a.summary()).fileData(a.content()));
            if (!r.isOk()) {
                LOG.warn("Slack upload of {} failed: {}", a.name(), r.getError());
            }
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warn("Slack upload of {} failed: {}", a.name(), e.getMessage());
        }
    }

    void answerToResponseUrl(URI url, SlackRequestGuard.Platform platform, TurnOutcome outcome) {
        String answer = outcome.answer().content();
        if (platform == SlackRequestGuard.Platform.MATTERMOST) {
            for (int i = 0; i < answer.length() && i / MATTERMOST_POST_CHARS < MAX_RESPONSE_URL_POSTS;
                    i += MATTERMOST_POST_CHARS) {
                send(url, Map.of("response_type", "in_channel",
                        "text", answer.substring(i, Math.min(answer.length(), i + MATTERMOST_POST_CHARS))));
            }
            return;
        }
        var messages = SlackAnswer.messages(answer, outcome.artifacts(), outcome.escalations(), publicUrl);
        for (List<LayoutBlock> blocks : messages.subList(0, Math.min(messages.size(), MAX_RESPONSE_URL_POSTS))) {
            send(url, Map.of("response_type", "in_channel", "text", SlackAnswer.fallback(answer),
                    "blocks", GsonFactory.createSnakeCase().toJsonTree(blocks).toString()));
        }
    }

    private void send(URI url, Map<String, String> body) {
        try {
            Map<String, Object> payload = new java.util.LinkedHashMap<>(body);
            if (body.containsKey("blocks")) {
                payload.put("blocks", json.readTree(body.get("blocks")));
            }
            var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload),
                            StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("Posting to a response_url failed: HTTP {}", response.statusCode());
            }
        } catch (IOException e) {
            LOG.warn("Posting to a response_url failed: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
