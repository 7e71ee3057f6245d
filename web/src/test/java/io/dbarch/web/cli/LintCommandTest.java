package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    private static final String GOOD = """
            CREATE TABLE customer (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                display_name text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void should_exit_1_with_file_line_col_findings_when_a_migration_has_an_error() throws Exception {
        // given: a Flyway folder whose second script adds a NOT NULL column without default to an existing table
        write("db/V1__init.sql", "CREATE TABLE t (id bigint PRIMARY KEY, v text);\n");
        write("db/V2__more.sql", "SET lock_timeout = '2s';\nSET statement_timeout = '5min';\n"
                + "ALTER TABLE t ADD COLUMN w text NOT NULL;\n");

        // when
        CliRun run = CliRun.of("lint", dir.resolve("db").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("V2__more.sql:3:26 error adding-required-field")
                .contains("migration mode");
    }

    @Test
    void should_exit_0_when_the_schema_has_no_finding_at_or_above_fail_on() throws Exception {
        // given
        Path file = write("good.sql", GOOD);

        // when
        CliRun run = CliRun.of("lint", "--fail-on", "warning", file.toString());

        // then
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("0 findings");
    }

    @Test
    void should_fail_on_warnings_only_when_asked() throws Exception {
        // given: no primary key is a warning
        Path file = write("nopk.sql", "CREATE TABLE log_line (message text);\n");

        // when
        CliRun byDefault = CliRun.of("lint", file.toString());
        CliRun strict = CliRun.of("lint", "--fail-on=warning", file.toString());

        // then
        assertThat(byDefault.exitCode()).isZero();
        assertThat(byDefault.out()).contains("warning require-primary-key");
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void should_print_sarif_2_1_0_with_help_links_under_the_configured_docs_url() throws Exception {
        // given
        Path file = write("nopk.sql", "CREATE TABLE log_line (message text);\n");

        // when
        CliRun run = CliRun.of(Map.of("DBARCH_RULE_DOCS_URL", "https://docs.example.test/rules/"),
                "lint", "--format", "sarif", file.toString());

        // then
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode result = sarif.path("runs").get(0).path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("require-primary-key");
        assertThat(run.out()).contains("https://docs.example.test/rules/require-primary-key.md");
    }

    @Test
    void should_exit_2_with_one_line_for_a_broken_config_a_missing_file_or_a_bad_option() throws Exception {
        // given
        Path file = write("good.sql", GOOD);
        Path config = write("bad.yml", "rules:\n  no-such-rule: off\n");

        // when
        CliRun badConfig = CliRun.of("lint", "--config", config.toString(), file.toString());
        CliRun missing = CliRun.of("lint", dir.resolve("absent.sql").toString());
        CliRun badOption = CliRun.of("lint", "--fail-on", "sometimes", file.toString());

        // then
        assertThat(badConfig.exitCode()).isEqualTo(2);
        assertThat(badConfig.errIsOneLine()).isTrue();
        assertThat(badConfig.err()).contains("no-such-rule");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.sql: no such file or folder");
        assertThat(badOption.exitCode()).isEqualTo(2);
        assertThat(badOption.err()).contains("use --fail-on warning or --fail-on error");
    }
}
