package io.dbarch.knowledge.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our SARIF against the official SARIF 2.1.0 JSON schema. The schema is not part of the repository: {@code .ci/run}
 * takes it from the npm registry (Microsoft's SARIF Multitool package ships it) and passes its path in
 * {@code DBARCH_SARIF_SCHEMA}; without it this test is skipped with a message.
 */
class SarifSchemaValidationTest {

    private static Schema schema;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        String path = System.getenv("DBARCH_SARIF_SCHEMA");
        boolean present = path != null && Files.isRegularFile(Path.of(path));
        if (!present) {
            System.out.println("SKIPPED: set DBARCH_SARIF_SCHEMA to the SARIF 2.1.0 JSON schema (.ci/run does)");
        }
        assumeTrue(present, "DBARCH_SARIF_SCHEMA not set: the SARIF 2.1.0 schema is fetched by .ci/run");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private JsonNode sarif() throws Exception {
        String sql = """
                -- dbarch-ignore ban-money-type
                CREATE TABLE visit (id integer PRIMARY KEY, at timestamp, "Price" real, card_number text);
                CREATE TABLE broken (,;
                ALTER TABLE visit ADD COLUMN note text NOT NULL;
                """;
        List<LintUnit> units = List.of(LintUnit.of("db/V2__visits.sql", sql));
        LintReport report = Linter.standard().lint(new LintRequest(units, Optional.empty(), LintMode.MIGRATION,
                LintConfig.defaults()));
        assertThat(report.findings()).hasSizeGreaterThan(1);
        assertThat(report.diagnostics()).isNotEmpty();
        return json.readTree(report.toSarif());
    }

    @Test
    void should_validate_against_the_official_schema_when_the_report_has_every_kind_of_result() throws Exception {
        // when
        List<Error> errors = schema.validate(sarif());
        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void should_be_rejected_by_the_schema_when_the_sarif_is_broken() throws Exception {
        // given
        ObjectNode broken = (ObjectNode) sarif();
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        broken.remove("version");
        // when
        List<Error> errors = schema.validate(broken);
        // then
        assertThat(errors).extracting(Error::getMessage).anyMatch(m -> m.contains("version"))
                .anyMatch(m -> m.contains("fatal") || m.contains("level") || m.contains("enum"));
    }
}
