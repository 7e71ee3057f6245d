package io.dbarch.web.engines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.web.Http;
import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engines over HTTP: lint, ERD and design, with their errors. */
class EngineApiTest {

    static final String DDL = "CREATE TABLE customer (id bigint PRIMARY KEY, email text);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id), "
            + "placed_at timestamp);";
    static WebApp app;
    static Http http;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of());
        http = Http.to(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void should_report_findings_with_locations_when_ddl_is_linted() throws Exception {
        JsonNode report = Http.json(http.postJson("/api/lint", Map.of("ddl", DDL, "name", "schema.sql")));
        assertThat(report.get("dialect").asText()).isEqualTo("postgresql");
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("ruleId").asText()).isEqualTo("prefer-timestamptz");
            assertThat(f.at("/location/file").asText()).isEqualTo("schema.sql");
            assertThat(f.at("/location/line").asInt()).isEqualTo(2);
        });
    }

    @Test
    void should_answer_sarif_when_the_client_asks_for_it() throws Exception {
        var response = http.send(http.request("/api/lint").header("Content-Type", "application/json")
                .header("Accept", "application/sarif+json")
                .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(Map.of("ddl", DDL)))).build());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/sarif+json");
        assertThat(Http.json(response).get("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void should_name_the_problem_when_a_lint_option_is_wrong() throws Exception {
        var response = http.postJson("/api/lint", Map.of("ddl", DDL, "mode", "fast"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asText()).isEqualTo("'mode' must be schema or migration.");
    }

    @Test
    void should_draw_an_svg_diagram_as_json_or_raw_when_ddl_is_sent() throws Exception {
        JsonNode json = Http.json(http.postJson("/api/erd", Map.of("ddl", DDL)));
        var raw = http.send(http.request("/api/erd").header("Content-Type", "application/json")
                .header("Accept", "image/svg+xml")
                .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(Map.of("ddl", DDL)))).build());

        assertThat(json.at("/files/0/mediaType").asText()).isEqualTo("image/svg+xml");
        assertThat(json.at("/files/0/content").asText()).contains("<svg").contains("customer").contains("orders");
        assertThat(raw.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(raw.body()).startsWith("<svg").contains("customer");
    }

    @Test
    void should_name_the_unknown_focus_table_when_the_erd_cannot_be_drawn() throws Exception {
        var response = http.postJson("/api/erd", Map.of("ddl", DDL, "focus", "invoices"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asText()).contains("invoices");
    }

    @Test
    void should_return_the_design_package_as_zip_and_raise_its_escalations() throws Exception {
        String yaml = "name: Ledger\nslas: {rpoSeconds: 0}\nplatform: {engine: postgresql, replication: asynchronous}\n";
        HttpResponse<byte[]> zip = http.getClient(http.request("/api/design").header("Accept", "application/zip")
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)).build());

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entries(zip.body())).contains("design.md", "flyway/V1__initial_schema.sql");
        JsonNode escalations = Http.json(http.get("/api/escalations"));
        assertThat(escalations.get("escalations")).anySatisfy(e -> assertThat(e.get("title").asText())
                .contains("rpo-zero-without-sync-replication"));
    }

    @Test
    void should_list_every_problem_when_the_requirements_are_invalid() throws Exception {
        var response = http.send(http.request("/api/design").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("name: X\nslas: {rpoSeconds: -5}\n")).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asText()).startsWith("The requirements are not valid: ")
                .contains("slas.rpoSeconds");
    }

    @Test
    void should_refuse_requirements_sent_as_a_form_or_plain_text() throws Exception {
        var response = http.send(http.request("/api/design").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name: X\n")).build());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(Http.json(response).get("detail").asText()).contains("application/yaml");
    }

    private static List<String> entries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
