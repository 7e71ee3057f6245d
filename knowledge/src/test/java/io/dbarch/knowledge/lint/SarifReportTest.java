package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SARIF output validates against the SARIF 2.1.0 constraints (see {@link SarifChecker}). */
class SarifReportTest {

    private final ObjectMapper json = new ObjectMapper();

    private LintReport report() {
        String sql = """
                -- dbarch-ignore ban-money-type
                CREATE TABLE visit (id integer PRIMARY KEY, at timestamp, "Price" real);
                CREATE TABLE broken (,;
                """;
        List<LintUnit> units = List.of(LintUnit.of("db/my schema.sql", sql));
        return Linter.standard().lint(new LintRequest(units, Optional.empty(), LintMode.SCHEMA, LintConfig.defaults()));
    }

    @Test
    void should_validate_against_sarif_2_1_0_when_report_has_findings_diagnostics_and_meta_findings() throws Exception {
        // given
        LintReport report = report();
        // when
        JsonNode sarif = json.readTree(report.toSarif());
        // then
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.diagnostics()).isNotEmpty();
        assertThat(SarifChecker.check(sarif)).isEmpty();
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("results")).hasSize(report.findings().size());
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("helpUri").asText())
                .endsWith(".md").startsWith("https://");
        assertThat(run.path("results").get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText()).isEqualTo("db/my%20schema.sql");
    }

    @Test
    void should_report_violations_when_sarif_breaks_the_spec() throws Exception {
        // given
        ObjectNode sarif = (ObjectNode) json.readTree(report().toSarif());
        ObjectNode result = (ObjectNode) sarif.path("runs").get(0).path("results").get(0);
        result.put("level", "fatal");
        result.put("ruleIndex", 9999);
        sarif.put("version", "2.0.0");
        // when
        List<String> problems = SarifChecker.check(sarif);
        // then
        assertThat(problems).anyMatch(p -> p.contains("version")).anyMatch(p -> p.contains("result.level"))
                .anyMatch(p -> p.contains("ruleIndex"));
    }
}
