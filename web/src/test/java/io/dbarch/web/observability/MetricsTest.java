package io.dbarch.web.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dbarch.agent.tools.LintTools;
import io.dbarch.agent.tools.MigrationTools;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import io.dbarch.web.escalation.EscalationChannels;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code GET /metrics} shows after real turns: tool durations, tokens per request, escalations. */
class MetricsTest {

    private static final String DDL = "CREATE TABLE customer (id bigint PRIMARY KEY, email text);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id), "
            + "placed_at timestamp);";
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{([^}]*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One Prometheus sample: name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    static List<Sample> scrape(Http http, String name) throws Exception {
        var response = http.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines().map(SAMPLE::matcher).filter(Matcher::matches)
                .filter(m -> m.group(1).equals(name)).map(m -> {
                    var labels = new LinkedHashMap<String, String>();
                    Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                    return new Sample(m.group(1), labels, Double.parseDouble(m.group(3)));
                }).toList();
    }

    @Test
    void should_time_each_tool_that_ran_and_only_those_when_a_schema_is_reviewed() throws Exception {
        // given
        WebApp app = TestApps.start(Map.of());
        try {
            Http http = Http.to(app);

            // when
            var chat = http.postJson("/api/chat", Map.of("message", "Review this schema:\n" + DDL));
            List<Sample> durations = scrape(http, "dbarch_tool_duration_seconds_count");
            List<Sample> calls = scrape(http, "dbarch_tool_calls_total");

            // then
            assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);
            Sample lint = durations.stream().filter(s -> s.labels().get("tool").equals(LintTools.LINT_SCHEMA))
                    .findFirst().orElseThrow();
            assertThat(lint.value()).isGreaterThanOrEqualTo(1);
            assertThat(lint.labels()).containsEntry("outcome", "ok");
            assertThat(durations.stream().map(s -> s.labels().get("tool")).collect(Collectors.toSet()))
                    .isEqualTo(calls.stream().map(s -> s.labels().get("tool")).collect(Collectors.toSet()))
                    .doesNotContain(MigrationTools.DRAFT_MIGRATION, MigrationTools.VERIFY_MIGRATION);
            assertThat(http.get("/metrics").body()).contains("dbarch_tool_duration_seconds_bucket{outcome=\"ok\","
                    + "tool=\"" + LintTools.LINT_SCHEMA + "\"");
            assertThat(scrape(http, "dbarch_model_request_tokens_count")).singleElement()
                    .satisfies(s -> assertThat(s.value()).isGreaterThanOrEqualTo(1));
        } finally {
            app.stop();
        }
    }

    @Test
    void should_show_no_tool_series_when_no_tool_has_run() throws Exception {
        // given
        WebApp app = TestApps.start(Map.of());
        try {
            // when
            List<Sample> durations = scrape(Http.to(app), "dbarch_tool_duration_seconds_count");

            // then
            assertThat(durations).isEmpty();
        } finally {
            app.stop();
        }
    }

    @Test
    void should_count_escalations_raised_and_delivered_when_the_design_engine_raises_one() throws Exception {
        // given
        var hook = new WireMockServer(options().dynamicPort());
        hook.start();
        hook.stubFor(post("/incoming").willReturn(aResponse().withStatus(200).withBody("ok")));
        WebApp app = TestApps.start(Map.of(EscalationChannels.SLACK_WEBHOOK_URL,
                "http://127.0.0.1:" + hook.port() + "/incoming"));
        try {
            Http http = Http.to(app);

            // when
            var design = http.send(http.request("/api/design").header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            name: Ledger
                            slas: {rpoSeconds: 0}
                            platform: {engine: postgresql, replication: asynchronous}
                            """)).build());
            int raised = Http.json(design).get("escalations").size();
            List<Sample> delivered = List.of();
            for (int i = 0; i < 100 && delivered.stream().mapToDouble(Sample::value).sum() < raised; i++) {
                Thread.sleep(100);
                delivered = scrape(http, "dbarch_escalations_delivered_total");
            }

            // then
            assertThat(raised).isGreaterThanOrEqualTo(1);
            assertThat(scrape(http, "dbarch_escalations_raised_total")).singleElement().satisfies(s -> {
                assertThat(s.labels()).containsEntry("source", "design");
                assertThat(s.value()).isEqualTo(raised);
            });
            assertThat(delivered).singleElement().satisfies(s -> {
                assertThat(s.labels()).containsEntry("channel", "slack-webhook");
                assertThat(s.value()).isEqualTo(raised);
            });
        } finally {
            app.stop();
            hook.stop();
        }
    }
}
