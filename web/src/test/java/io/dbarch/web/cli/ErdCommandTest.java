package io.dbarch.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErdCommandTest {

    private static final String DDL = """
            CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id));
            """;

    @TempDir
    Path dir;

    @Test
    void should_write_the_svg_named_by_the_output_option() throws Exception {
        // given
        Path ddl = Files.writeString(dir.resolve("shop.sql"), DDL);
        Path svg = dir.resolve("shop.svg");

        // when
        CliRun run = CliRun.of("erd", ddl.toString(), "-o", svg.toString());

        // then
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + svg).contains("2 tables");
        assertThat(Files.readString(svg)).startsWith("<svg").contains(">customer<").contains(">orders<");
    }

    @Test
    void should_write_one_file_per_area_and_an_overview_when_the_schema_is_big() throws Exception {
        // given: 45 tables in three groups
        String big = IntStream.range(0, 45).mapToObj(i -> "CREATE TABLE " + "abc".charAt(i % 3) + "_t" + i
                + " (id bigint PRIMARY KEY);").collect(Collectors.joining("\n"));
        Path ddl = Files.writeString(dir.resolve("big.sql"), big);

        // when
        CliRun run = CliRun.of("erd", ddl.toString(), "-o", dir.resolve("big.mmd").toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("big-overview.mmd")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("big-\\d\\d-.*\\.mmd")))
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void should_exit_2_naming_close_tables_when_the_focus_table_is_unknown() throws Exception {
        // given
        Path ddl = Files.writeString(dir.resolve("shop.sql"), DDL);

        // when
        CliRun run = CliRun.of("erd", ddl.toString(), "--focus", "order", "-o", dir.resolve("x.svg").toString());
        CliRun format = CliRun.of("erd", ddl.toString(), "-o", dir.resolve("x.gif").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errIsOneLine()).isTrue();
        assertThat(run.err()).contains("Unknown table 'order'").contains("orders");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("name the output .svg, .png, .puml or .mmd");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }
}
