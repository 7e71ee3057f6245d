package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dbarch.knowledge.schema.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every corpus file is read without an exception, in bounded time; real schemas and migrations are understood. */
class CorpusReadTest {

    private final DdlReader reader = new DdlReader();

    /** Understood and total schema-defining statements of one set. */
    private record Tally(String set, int files, long total, long understood) {
        double rate() {
            return total == 0 ? 1.0 : (double) understood / total;
        }
    }

    private Tally readSet(Path root, String set, boolean inScope) {
        List<Path> files = Corpus.sqlFiles(root.resolve(set)).stream()
                .filter(f -> !inScope || isPostgresOrMysql(f)).toList();
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long total = 0;
            long understood = 0;
            for (Path file : files) {
                ReadResult result = reader.read(List.of(Corpus.load(file)), dialectOf(file));
                total += result.schemaDefiningCount();
                understood += result.schemaDefiningUnderstood();
            }
            Tally tally = new Tally(set, files.size(), total, understood);
            System.out.printf("corpus %-45s files=%4d schema-defining=%5d understood=%5d rate=%.2f%%%n",
                    set, tally.files(), total, understood, 100 * tally.rate());
            return tally;
        }, set + " took longer than 60 s");
    }

    private static boolean isPostgresOrMysql(Path file) {
        String p = file.toString();
        return !p.contains("sqlite") && !p.contains("sqlserver") && !p.contains("/h2/");
    }

    private static Optional<Dialect> dialectOf(Path file) {
        // dialect-neutral ory-kratos files (no "mysql" in the name) quote identifiers the ANSI way: auto-detect them
        boolean mysql = file.getFileName().toString().contains("mysql") || file.toString().contains("/kestra/mysql/");
        return mysql ? Optional.of(Dialect.MYSQL) : Optional.empty();
    }

    @Test
    void should_understand_at_least_99_5_percent_of_schema_statements_in_schemas_and_migrations() {
        // given
        Path corpus = Corpus.require();
        // when
        List<Tally> tallies = List.of("schemas", "migrations/synapse", "migrations/lemmy",
                "migrations/supabase-auth/rendered-namespace-auth", "migrations/ory-kratos/postgres",
                "migrations/ory-kratos/mysql", "migrations/kestra/postgres", "migrations/kestra/mysql")
                .stream().map(set -> readSet(corpus, set, true)).toList();
        long total = tallies.stream().mapToLong(Tally::total).sum();
        long understood = tallies.stream().mapToLong(Tally::understood).sum();
        System.out.printf("corpus schemas+migrations (PostgreSQL and MySQL): %d of %d understood = %.2f%%%n",
                understood, total, 100.0 * understood / total);
        // then
        assertThat(total).isGreaterThan(10_000);
        assertThat((double) understood / total).isGreaterThanOrEqualTo(0.995);
        assertThat(tallies).allSatisfy(t -> assertThat(t.rate()).as(t.set()).isGreaterThan(0.99));
    }

    @Test
    void should_read_every_corpus_file_without_an_exception_in_bounded_time() {
        // given
        Path corpus = Corpus.require();
        // when / then: reading never throws, even on other dialects, templates and intentionally broken SQL
        for (String set : List.of("schemas", "migrations", "squawk-cases/parser-ok", "squawk-cases/parser-err",
                "squawk-cases/pg-regression-suite", "squawk-cases/plpgsql", "squawk-cases/syntax-validation")) {
            Tally tally = readSet(corpus, set, false);
            assertThat(tally.files()).as(set).isPositive();
        }
    }
}
