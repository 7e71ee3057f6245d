package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String FROM = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, full_name text NOT NULL, email text);
            """;
    private static final String TO = """
            CREATE TABLE accounts (id bigint PRIMARY KEY, display_name text NOT NULL, email text NOT NULL);
            CREATE INDEX accounts_email_idx ON accounts (email);
            """;

    @TempDir
    Path dir;

    @Test
    void should_stop_at_a_possible_rename_until_it_is_resolved() throws Exception {
        // given
        Path from = Files.writeString(dir.resolve("from.sql"), FROM);
        Path to = Files.writeString(dir.resolve("to.sql"), TO);

        // when
        CliRun pending = CliRun.of("diff", from.toString(), to.toString());
        CliRun resolved = CliRun.of("diff", from.toString(), to.toString(),
                "--rename", "accounts.full_name=accounts.display_name", "-o", dir.resolve("flyway").toString());

        // then: never a silent drop + add
        assertThat(pending.exitCode()).isEqualTo(1);
        assertThat(pending.out()).contains("decide:").contains("full_name").contains("display_name");
        assertThat(resolved.err()).isEmpty();
        assertThat(resolved.exitCode()).isZero();
        try (var files = Files.list(dir.resolve("flyway"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("V\\d+__.*\\.sql")).contains("CHECKLIST.md");
        }
        String scripts = String.join("\n", Files.readAllLines(dir.resolve("flyway").resolve("CHECKLIST.md")));
        assertThat(scripts).isNotBlank();
    }

    @Test
    void should_verify_the_plan_on_the_embedded_postgresql_when_asked() throws Exception {
        // given
        Path from = Files.writeString(dir.resolve("from.sql"), FROM);
        Path to = Files.writeString(dir.resolve("to.sql"), TO.replace("display_name", "full_name"));

        // when
        CliRun run = CliRun.of("diff", from.toString(), to.toString(), "--verify");

        // then
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsIgnoringCase("verified");
    }

    @Test
    void should_exit_2_for_a_bad_rename_hint_or_a_missing_schema() throws Exception {
        // given
        Path from = Files.writeString(dir.resolve("from.sql"), FROM);

        // when
        CliRun badHint = CliRun.of("diff", from.toString(), from.toString(), "--rename", "a=b=c");
        CliRun oneSide = CliRun.of("diff", from.toString());

        // then
        assertThat(badHint.exitCode()).isEqualTo(2);
        assertThat(badHint.err()).contains("needs exactly one '='");
        assertThat(oneSide.exitCode()).isEqualTo(2);
        assertThat(oneSide.err()).contains("give two schemas, FROM and TO");
    }
}
