package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {

    private static final String SHOP = """
            CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id));
            """;

    @TempDir
    Path dir;

    @Test
    void should_review_the_attached_schema_offline_and_list_artifacts_when_a_file_is_given() throws Exception {
        // given
        Path sql = Files.writeString(dir.resolve("shop.sql"), SHOP);

        // when
        CliRun run = CliRun.of("ask", "Please review", "--file", sql.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("## Summary").contains("I read art-1 (shop.sql)")
                .contains("Objects: 2 tables").contains("## Findings").contains("## ERD")
                .contains("Artifacts:").contains("art-1 shop.sql (application/sql").contains("erd.svg");
    }

    @Test
    void should_write_the_artifacts_when_an_output_directory_is_given() throws Exception {
        // given
        Path sql = Files.writeString(dir.resolve("shop.sql"), SHOP);
        Path out = dir.resolve("out");

        // when
        CliRun run = CliRun.of("ask", "Review", "--file", sql.toString(), "-o", out.toString());

        // then
        assertThat(run.exitCode()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("art-1-shop.sql")
                    .anyMatch(name -> name.endsWith("erd.svg"));
        }
        assertThat(Files.readString(out.resolve("art-1-shop.sql"))).isEqualTo(SHOP);
    }

    @Test
    void should_ask_a_precise_question_when_the_request_is_unclear() {
        // when
        CliRun run = CliRun.of("ask", "hello");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Which schema should I review?").doesNotContain("Artifacts:");
    }

    @Test
    void should_exit_2_when_no_question_is_given() {
        // when
        CliRun run = CliRun.of("ask");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("ask takes one question in quotes");
    }

    @Test
    void should_exit_2_naming_the_file_when_it_does_not_exist() {
        // when
        CliRun run = CliRun.of("ask", "Review", "--file", dir.resolve("missing.sql").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.sql: no such file");
    }

    @Test
    void should_exit_2_naming_the_variable_when_the_budget_is_not_a_number() {
        // when
        CliRun run = CliRun.of(Map.of("DBARCH_CONTEXT_TOKENS", "lots"), "ask", "hello");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("DBARCH_CONTEXT_TOKENS='lots' is not a whole number of tokens");
    }

    @Test
    void should_exit_2_without_echoing_the_key_when_the_provider_is_misconfigured() {
        // when
        CliRun run = CliRun.of(Map.of("DBARCH_MODEL_PROVIDER", "openai", "DBARCH_MODEL_BASE_URL", "not a url",
                "OPENAI_API_KEY", "sk-secret-value"), "ask", "hello");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("DBARCH_MODEL_BASE_URL").doesNotContain("sk-secret-value");
    }
}
