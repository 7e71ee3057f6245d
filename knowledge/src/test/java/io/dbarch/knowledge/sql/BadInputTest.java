package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never throws: it becomes one clear diagnostic, in bounded time. */
class BadInputTest {

    private final DdlReader reader = new DdlReader();

    private ReadResult read(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(SourceText.of("in.sql", text)));
    }

    @Test
    void should_reject_binary_garbage_with_one_diagnostic() {
        // given
        byte[] bytes = new byte[100_000];
        new Random(7).nextBytes(bytes);
        // when
        ReadResult result = read(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        // then
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.statementKind()).isEqualTo("input");
            assertThat(d.message()).contains("binary data, not SQL text");
        });
        assertThat(result.statements()).isEmpty();
    }

    @Test
    void should_accept_a_plain_text_file_without_binary_diagnostic() {
        // when
        ReadResult result = read("CREATE TABLE t (id int);\n\tCREATE TABLE u (id int);\r\n");
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().tables()).hasSize(2);
    }

    @Test
    void should_read_a_50_megabyte_script_in_bounded_time() {
        // given
        String row = "INSERT INTO t VALUES (1, 'some text; with a semicolon', now());\n";
        StringBuilder big = new StringBuilder("CREATE TABLE t (id int, note text, at timestamptz);\n");
        while (big.length() < 50_000_000) {
            big.append(row);
        }
        // when
        ReadResult result = read(big.toString());
        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.model().tables()).hasSize(1);
        assertThat(result.statements().size()).isGreaterThan(700_000);
    }

    @Test
    void should_report_unterminated_quote_and_dollar_quote() {
        // when
        ReadResult quote = read("CREATE TABLE a (id int);\nINSERT INTO a VALUES ('oops);\nCREATE TABLE b (id int);");
        ReadResult dollar = read("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1;\nCREATE TABLE c (id int);");
        // then
        assertThat(quote.model().tables()).hasSize(1);
        assertThat(quote.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("unterminated quoted string starting at in.sql:2:23"));
        assertThat(dollar.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("unterminated dollar-quoted string $body$"));
    }

    @Test
    void should_survive_ten_thousand_nested_parentheses() {
        // given
        String nested = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        String unbalanced = "CREATE TABLE x (id int DEFAULT " + "(".repeat(10_000) + ");";
        // when
        ReadResult balanced = read("CREATE TABLE x (id int DEFAULT " + nested + ");");
        ReadResult open = read(unbalanced);
        // then
        assertThat(balanced.diagnostics()).isEmpty();
        assertThat(balanced.model().table("x")).isPresent();
        assertThat(open.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).contains("expected ')'"));
    }

    @Test
    void should_give_a_diagnostic_for_prose_that_is_not_sql() {
        // when
        ReadResult result = read("Dear team, please create table for orders. Drop table customers as well, thanks!");
        // then
        assertThat(result.model().tables()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.asLine()).startsWith("in.sql:1:1"));
    }

    @Test
    void should_flag_a_misspelt_object_kind_and_accept_known_other_objects() {
        // when
        ReadResult typo = read("CREATE TABEL c (x int);");
        ReadResult role = read("CREATE ROLE reporting; DROP FUNCTION IF EXISTS f(); ALTER DATABASE x SET a = 1;");
        // then
        assertThat(typo.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("unknown object kind 'TABEL'"));
        assertThat(role.diagnostics()).isEmpty();
    }
}
