package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    private static final String DDL = """
            CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id));
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void should_print_counts_per_kind_when_a_file_is_read() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // when
        CliRun run = CliRun.of("inspect", file.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Read " + file + " as postgresql: 2 schema statements, 2 understood\n")
                .contains("Objects:\n").containsPattern("(?m)^  tables +2$")
                .containsPattern("(?m)^  foreign keys +1$").endsWith("No diagnostics\n");
    }

    @Test
    void should_use_the_given_dialect_when_dialect_is_set() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // when
        CliRun run = CliRun.of("inspect", "--dialect", "mysql", file.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Read " + file + " as mysql: ").containsPattern("(?m)^  tables +2$");
    }

    @Test
    void should_print_the_whole_read_result_when_format_is_json() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // when
        CliRun run = CliRun.of("inspect", file.toString(), "--format=json");

        // then
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.has("model")).isTrue();
        assertThat(json.get("model").get("dialect").asText()).isEqualTo("POSTGRESQL");
        assertThat(json.get("model").get("tables")).hasSize(2);
        JsonNode orders = json.get("model").get("tables").get(1);
        assertThat(orders.get("name").get("name").asText()).isEqualTo("orders");
        assertThat(orders.get("location").get("line").asInt()).isEqualTo(2);
        assertThat(orders.has("partitioned")).as("no derived isX() properties").isFalse();
        assertThat(json.get("statements")).hasSize(2);
        assertThat(json.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void should_read_a_corpus_dump_when_the_corpus_is_present() {
        // given
        Path pagila = Path.of("..", "..", "shared", "corpus", "schemas", "pagila-schema.sql").toAbsolutePath()
                .normalize();
        Assumptions.assumeTrue(Files.isRegularFile(pagila), "corpus absent, skipped: " + pagila);

        // when
        CliRun run = CliRun.of("inspect", pagila.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Read " + pagila + " as postgresql: ")
                .containsPattern("(?m)^  tables +[1-9]\\d*$").containsPattern("(?m)^  foreign keys +[1-9]\\d*$");
    }

    @Test
    void should_list_diagnostics_as_file_line_col_when_a_statement_cannot_be_read() throws Exception {
        // given
        Path file = write("broken.sql", "CREATE TABLE a (id int PRIMARY KEY,, x int);\nCREATE TABLE b (id int);\n");

        // when
        CliRun run = CliRun.of("inspect", file.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^  tables +1$")
                .containsPattern("(?m)^Diagnostics \\(1\\):\n" + java.util.regex.Pattern.quote(file.toString())
                        + ":1:1 CREATE TABLE: .+$");
    }

    @Test
    void should_exit_2_with_one_line_when_the_file_is_missing() {
        // when
        CliRun run = CliRun.of("inspect", dir.resolve("nope.sql").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("dbarch inspect: " + dir.resolve("nope.sql") + ": no such file\n");
    }

    @Test
    void should_exit_2_with_one_line_when_a_directory_is_given() {
        // when
        CliRun run = CliRun.of("inspect", dir.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("is a directory; name the .sql files in it");
    }

    @Test
    void should_exit_2_with_one_line_when_the_file_is_over_the_size_limit() throws Exception {
        // given: a sparse file just over 64 MB
        Path big = dir.resolve("big.sql");
        try (var file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(InputFiles.MAX_FILE_BYTES + 1);
        }

        // when
        CliRun run = CliRun.of("inspect", big.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("larger than the 64 MB limit per file");
    }

    @Test
    void should_exit_2_with_one_line_when_the_file_is_not_utf8() throws Exception {
        // given
        Path latin1 = Files.write(dir.resolve("latin1.sql"), new byte[] {'-', '-', ' ', (byte) 0xE9, '\n'});

        // when
        CliRun run = CliRun.of("inspect", latin1.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("not UTF-8 text (invalid byte at offset 3)");
    }

    @Test
    void should_exit_2_with_one_line_when_an_option_is_unknown() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // when
        CliRun run = CliRun.of("inspect", file.toString(), "--frobnicate");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("dbarch inspect: unknown option '--frobnicate' (see 'dbarch inspect --help')\n");
    }

    @Test
    void should_exit_2_when_the_dialect_or_format_is_unknown() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // then
        CliRun dialect = CliRun.of("inspect", file.toString(), "--dialect", "oracle");
        assertThat(dialect.exitCode()).isEqualTo(2);
        assertThat(dialect.err()).contains("unknown dialect 'oracle'");
        CliRun format = CliRun.of("inspect", file.toString(), "--format");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format needs a value: text|json");
    }

    @Test
    void should_exit_2_without_echoing_the_password_when_the_database_cannot_be_reached() {
        // when: nothing listens on port 1 of the loopback address
        CliRun run = CliRun.of("inspect", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=s3cr3t");

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("cannot read the catalog of jdbc:postgresql://127.0.0.1:1/app")
                .doesNotContain("s3cr3t");
    }

    @Test
    void should_exit_2_when_files_and_a_jdbc_url_are_mixed_or_the_url_is_not_postgresql() throws Exception {
        // given
        Path file = write("schema.sql", DDL);

        // when
        CliRun mixed = CliRun.of("inspect", file.toString(), "jdbc:postgresql://127.0.0.1:1/app");
        CliRun mysql = CliRun.of("inspect", "jdbc:mysql://127.0.0.1:1/app?password=s3cr3t");

        // then
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("give either DDL files or one JDBC URL");
        assertThat(mysql.exitCode()).isEqualTo(2);
        assertThat(mysql.err()).contains("only jdbc:postgresql: URLs can be inspected live").doesNotContain("s3cr3t");
    }

    @Test
    void should_print_help_and_exit_0_when_help_is_asked() {
        // when
        CliRun run = CliRun.of("inspect", "--help");

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: dbarch inspect FILE...");
    }

    @Test
    void should_exit_2_when_no_input_is_given() {
        CliRun run = CliRun.of("inspect");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("dbarch inspect: no input;");
    }
}
