package io.dbarch.knowledge.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.escalation.Escalation;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds the sample packages and writes them under target/design-samples/ for review. */
class DesignPackageSamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS, Samples.ANALYTICS})
    void should_write_a_complete_package_when_built_from_a_sample(String sample) throws Exception {
        // given
        Requirements r = Samples.requirements(sample);

        // when
        DesignPackage p = new DesignPackageBuilder().build(r);
        byte[] zip = p.toZip();

        // then
        Path dir = Path.of("target", "design-samples", sample.replace(".yaml", ""));
        for (var f : p.files().entrySet()) {
            Files.createDirectories(dir.resolve(f.getKey()).getParent());
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        Files.write(dir.resolveSibling(sample.replace(".yaml", ".zip")), zip);
        assertThat(entries(zip)).startsWith("design.md", "flyway/V1__initial_schema.sql").contains(
                "runbooks/failover-drill.md", "runbooks/restore-drill.md", "runbooks/migration-cutover.md",
                "runbooks/load-test.md", "security/grants.sql", "erd/erd.svg");
        assertThat(p.designMarkdown()).contains("## Escalations", "## Assumptions", "## Decisions", "## Risks",
                "### SLOs", "## Capacity", "## Multi-tenancy", "## Analytics offload", "## Security",
                "## Data lifecycle", "## Consistency");
        assertThat(new DesignPackageBuilder().build(r).toZip()).isEqualTo(zip);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SAAS})
    void should_raise_erasure_and_restore_escalations_when_building_the_saas_sample(String sample) {
        // when
        DesignPackage p = new DesignPackageBuilder().build(Samples.requirements(sample));

        // then
        assertThat(p.escalations()).extracting(Escalation::ruleId)
                .containsExactlyInAnyOrder("erasure-vs-backup-retention", "rto-shorter-than-restore");
        assertThat(p.file("analytics/publication.sql")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.ANALYTICS})
    void should_plan_cdc_and_flag_the_blocking_type_change_when_building_the_analytics_sample(String sample) {
        // when
        DesignPackage p = new DesignPackageBuilder().build(Samples.requirements(sample));

        // then
        assertThat(p.escalations()).extracting(Escalation::ruleId).contains("zero-downtime-blocking-change");
        assertThat(p.file("analytics/publication.sql").orElseThrow())
                .contains("CREATE PUBLICATION analytics_pub FOR TABLE", "customer (id, country, created_at, updated_at)")
                .doesNotContain("email");
        assertThat(p.file("analytics/debezium-connector.json").orElseThrow()).contains("\"slot.name\": \"analytics_slot\"");
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
