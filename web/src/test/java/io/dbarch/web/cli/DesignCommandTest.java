package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTest {

    private static final String REQUIREMENTS = """
            name: Clinic bookings
            domain:
              entities:
                - name: patient
                  rows: 50000
                  naturalKey: [email]
                  attributes:
                    - {name: email, type: email, required: true}
                    - {name: full_name, type: string(200), personal: true}
                - name: appointment
                  rows: 2000000
                  attributes:
                    - {name: starts_at, type: timestamp, required: true}
              relationships:
                - {from: appointment, to: patient, kind: many-to-one, required: true}
            """;

    @TempDir
    Path dir;

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void should_write_a_design_package_with_design_md_and_the_first_migration() throws Exception {
        // given
        Path requirements = Files.writeString(dir.resolve("clinic.yaml"), REQUIREMENTS);
        Path zip = dir.resolve("clinic.zip");

        // when
        CliRun run = CliRun.of("design", requirements.toString(), "-o", zip.toString());

        // then
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + zip);
        assertThat(entries(Files.readAllBytes(zip))).contains("design.md", "flyway/V1__initial_schema.sql")
                .anyMatch(n -> n.startsWith("runbooks/"));
    }

    @Test
    void should_exit_2_naming_the_field_when_the_requirements_are_invalid() throws Exception {
        // given: an attribute type that does not exist
        Path requirements = Files.writeString(dir.resolve("bad.yaml"),
                REQUIREMENTS.replace("type: timestamp", "type: timestmap"));

        // when
        CliRun run = CliRun.of("design", requirements.toString(), "-o", dir.resolve("x.zip").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("bad.yaml has 1 problem(s)").contains("domain.entities[1].attributes[0].type");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void should_add_the_current_schema_erd_and_the_migration_to_it_when_a_schema_is_given() throws Exception {
        // given: today's schema has patients but no appointments
        Path requirements = Files.writeString(dir.resolve("clinic.yaml"), REQUIREMENTS);
        Path current = Files.writeString(dir.resolve("current.sql"),
                "CREATE TABLE patient (id bigint PRIMARY KEY, email text NOT NULL);\n");
        Path zip = dir.resolve("clinic.zip");

        // when
        CliRun run = CliRun.of("design", requirements.toString(), "--schema", current.toString(), "-o", zip.toString());

        // then
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        List<String> entries = entries(Files.readAllBytes(zip));
        assertThat(entries).contains("current/erd.svg", "migration/CHECKLIST.md")
                .anyMatch(n -> n.matches("migration/V\\d+__.*\\.sql"));
    }
}
