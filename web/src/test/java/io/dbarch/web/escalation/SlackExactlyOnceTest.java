package io.dbarch.web.escalation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.dbarch.web.escalation.SlackOutbox.HISTORY;
import static io.dbarch.web.escalation.SlackOutbox.POST;
import static io.dbarch.web.escalation.SlackOutbox.form;
import static io.dbarch.web.escalation.SlackOutbox.history;
import static io.dbarch.web.escalation.SlackOutbox.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.dbarch.web.Http;
import io.dbarch.web.escalation.SlackOutbox.Crashing;
import io.dbarch.web.escalation.SlackOutbox.SimulatedCrash;
import io.dbarch.web.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Slack channel gets each escalation notice exactly once, whatever happens between the post and the outbox. */
class SlackExactlyOnceTest {

    private static final Clock AN_HOUR_LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    private WireMockServer slack;
    private SlackOutbox outbox;

    @BeforeEach
    void start(@TempDir Path dir) {
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        slack.stubFor(post(POST).willReturn(okJson("{\"ok\":true,\"channel\":\"C-ESC\",\"ts\":\"1.1\"}")));
        outbox = new SlackOutbox(slack, dir);
    }

    @AfterEach
    void stop() {
        slack.stop();
    }

    /** Raises an escalation and lets a worker die on it, before or after Slack took the post. */
    private EscalationRecord raiseAndCrash(boolean afterThePost) {
        try (Database db = outbox.open()) {
            EscalationRecord e = SlackOutbox.raise(db);
            OutboxWorker dying = SlackOutbox.worker(db, new Crashing(outbox.sender(), afterThePost), Clock.systemUTC());
            assertThatThrownBy(dying::poll).isInstanceOf(SimulatedCrash.class);
            Delivery left = SlackOutbox.delivery(db, e);
            assertThat(left.status()).isEqualTo(Delivery.SENDING);
            assertThat(left.attemptStartedAt()).isPresent();
            return e;
        }
    }

    /** What Slack keeps of the post in the journal: the message with the metadata it was posted with. */
    private JsonNode postedMetadata() throws Exception {
        return Http.JSON.readTree(form(outbox.requests(POST).get(0)).get("metadata"));
    }

    @Test
    void should_mark_delivered_without_posting_again_when_the_process_died_after_slack_took_the_post()
            throws Exception {
        // given: the post reached the channel, the outbox never heard
        EscalationRecord e = raiseAndCrash(true);
        String metadata = form(outbox.requests(POST).get(0)).get("metadata");
        slack.stubFor(post(HISTORY).willReturn(okJson(history(List.of(
                message("Escalation (BLOCKER): RPO 0 …", Instant.now(), Optional.of(metadata))), Optional.empty()))));

        // when: the process starts again on the same database
        try (Database db = outbox.open(); OutboxWorker restarted = SlackOutbox.worker(db, outbox.sender(),
                Clock.systemUTC())) {
            restarted.start(Duration.ofHours(1));
            Delivery d = SlackOutbox.awaitSettled(db, e, 2);

            // then
            assertThat(d.status()).isEqualTo(Delivery.DELIVERED);
            assertThat(d.attemptStartedAt()).isEmpty();
        }
        assertThat(outbox.requests(POST)).hasSize(1);
        assertThat(postedMetadata().get("event_type").asText()).isEqualTo(SlackChannelSender.EVENT_TYPE);
        assertThat(postedMetadata().at("/event_payload/delivery_id").asText()).isEqualTo(e.id() + ":slack");
        Map<String, String> lookup = form(outbox.requests(HISTORY).get(0));
        assertThat(lookup).containsEntry("channel", SlackOutbox.CHANNEL).containsEntry("include_all_metadata", "1")
                .containsEntry("limit", "200");
        assertThat(Double.parseDouble(lookup.get("oldest")))
                .isLessThan(Instant.now().minus(SlackChannelSender.CLOCK_MARGIN).getEpochSecond() + 1.0)
                .isGreaterThan(Instant.now().minus(SlackChannelSender.CLOCK_MARGIN).getEpochSecond() - 60.0);
    }

    @Test
    void should_post_once_when_the_attempt_started_but_slack_never_got_the_post() throws Exception {
        // given: the process died before posting; the channel holds other notices and chatter only
        EscalationRecord e = raiseAndCrash(false);
        String other = "{\"event_type\":\"dbarch_escalation\",\"event_payload\":{\"delivery_id\":\"esc-other:slack\"}}";
        slack.stubFor(post(HISTORY).willReturn(okJson(history(List.of(message("hello", Instant.now(),
                Optional.empty()), message("Escalation (WARNING): …", Instant.now(), Optional.of(other))),
                Optional.empty()))));

        // when
        try (Database db = outbox.open(); OutboxWorker restarted = SlackOutbox.worker(db, outbox.sender(),
                Clock.systemUTC())) {
            restarted.start(Duration.ofHours(1));
            Delivery d = SlackOutbox.awaitSettled(db, e, 2);

            // then
            assertThat(d.status()).isEqualTo(Delivery.DELIVERED);
        }
        assertThat(outbox.requests(HISTORY)).hasSize(1);
        assertThat(outbox.requests(POST)).hasSize(1);
        assertThat(form(outbox.requests(POST).get(0))).containsEntry("channel", SlackOutbox.CHANNEL);
        assertThat(postedMetadata().at("/event_payload/delivery_id").asText()).isEqualTo(e.id() + ":slack");
    }

    @Test
    void should_keep_the_delivery_pending_and_post_nothing_when_the_history_lookup_fails() throws Exception {
        // given
        EscalationRecord e = raiseAndCrash(false);
        slack.stubFor(post(HISTORY).willReturn(aResponse().withStatus(500).withBody("{\"ok\":false}")));

        try (Database db = outbox.open()) {
            // when
            try (OutboxWorker restarted = SlackOutbox.worker(db, outbox.sender(), Clock.systemUTC())) {
                restarted.start(Duration.ofHours(1));
                Delivery d = SlackOutbox.awaitSettled(db, e, 2);

                // then
                assertThat(d.status()).isEqualTo(Delivery.PENDING);
                assertThat(d.nextAttemptAt()).isAfter(Instant.now().plusSeconds(30));
                assertThat(d.lastError()).contains("nothing was sent").contains("HTTP 500");
                assertThat(d.attemptStartedAt()).isPresent();
            }
            assertThat(outbox.requests(POST)).isEmpty();

            // and when Slack answers again, at the retry
            slack.stubFor(post(HISTORY).willReturn(okJson(history(List.of(), Optional.empty()))));
            SlackOutbox.worker(db, outbox.sender(), AN_HOUR_LATER).poll();
            assertThat(SlackOutbox.delivery(db, e).status()).isEqualTo(Delivery.DELIVERED);
        }
        assertThat(outbox.requests(POST)).hasSize(1);
    }

    @Test
    void should_look_for_the_post_instead_of_posting_again_when_the_connection_dropped_after_sending()
            throws Exception {
        // given: Slack takes the post but the connection drops before its answer; the notice is on a second page
        slack.stubFor(post(POST).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (Database db = outbox.open()) {
            EscalationRecord e = SlackOutbox.raise(db);
            SlackOutbox.worker(db, outbox.sender(), Clock.systemUTC()).poll();
            Delivery inDoubt = SlackOutbox.delivery(db, e);
            slack.stubFor(post(HISTORY).willReturn(okJson(history(List.of(message("later", Instant.now(),
                    Optional.empty())), Optional.of("page-2")))));
            slack.stubFor(post(HISTORY).withRequestBody(containing("cursor=page-2")).willReturn(okJson(history(List.of(message("Escalation …",
                    Instant.now(), Optional.of(form(outbox.requests(POST).get(0)).get("metadata")))),
                    Optional.empty()))));

            // when: the retry comes due
            SlackOutbox.worker(db, outbox.sender(), AN_HOUR_LATER).poll();

            // then
            assertThat(inDoubt.status()).isEqualTo(Delivery.PENDING);
            assertThat(inDoubt.lastError()).startsWith("Slack unreachable");
            assertThat(SlackOutbox.delivery(db, e).status()).isEqualTo(Delivery.DELIVERED);
            assertThat(SlackOutbox.delivery(db, e).attempts()).isEqualTo(2);
        }
        assertThat(outbox.requests(POST)).hasSize(1);
        assertThat(outbox.requests(HISTORY)).hasSize(2);
    }
}
