package io.dbarch.knowledge.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text reader against the real thing: each PostgreSQL corpus schema is loaded into the sandbox, its catalog is
 * read back, and the two models must agree. Known, accepted differences are listed with their reason.
 */
class CorpusDifferentialTest {

    /** Differences we accept, by file: the difference line's prefix and why. */
    private static final Map<String, Map<String, String>> ACCEPTED = Map.of(
            "pagila-schema.sql", Map.of(
                    "table public.film_embedding: only in the text model",
                    "its vector column needs pgvector, which the embedded PostgreSQL binaries do not carry"),
            "adventureworks-postgres-install.sql", Map.of(
                    "production.productreview: foreign keys:",
                    "the script's own INSERTed rows violate FK_ProductReview_Product_ProductID, so PostgreSQL rejects"
                            + " the constraint; the text model keeps what the script declares"));

    static Stream<String> postgresSchemas() {
        return Stream.of("pagila-schema.sql", "chinook-postgresql.sql", "chinook-postgresql-serialpks.sql",
                "northwind-psql.sql", "adventureworks-postgres-install.sql", "gisia-gitlab-derived-structure.sql",
                "gisia-gitlab-derived-ci_structure.sql", "synapse-main-full-v72.postgres.sql",
                "synapse-state-full-v72.postgres.sql", "world-postgres-schema-only.sql");
    }

    @ParameterizedTest
    @MethodSource("postgresSchemas")
    void should_read_the_same_model_as_the_catalog_when_the_schema_is_loaded(String file) throws Exception {
        // given
        Path path = Corpus.require().resolve("schemas").resolve(file);
        SourceText source = Corpus.load(path);
        SchemaModel fromText = new DdlReader().read(List.of(source), java.util.Optional.of(Dialect.POSTGRESQL))
                .model();
        List<String> statements = StatementSplitter.split(source, Dialect.POSTGRESQL).stream()
                .filter(s -> !s.meta() && !isCopy(s)).map(RawStatement::text).toList();

        try (ThrowawayDatabase db = Sandbox.shared().newDatabase()) {
            // when
            ScriptRun run = db.run(statements);
            SchemaModel fromCatalog;
            try (Connection c = db.connect()) {
                fromCatalog = new CatalogReader().read(c);
            }
            List<String> differences = ModelComparison.differences(fromText, fromCatalog);
            Map<String, String> accepted = ACCEPTED.getOrDefault(file, Map.of());
            List<String> unexpected = differences.stream()
                    .filter(d -> accepted.keySet().stream().noneMatch(d::startsWith))
                    .filter(d -> !isPartitionClone(d, fromCatalog)).toList();
            System.out.printf("differential %-40s tables text=%d catalog=%d, statements failed in sandbox=%d,"
                            + " differences=%d (accepted %d)%n", file, fromText.tables().size(),
                    fromCatalog.tables().size(), run.failures().size(), differences.size(),
                    differences.size() - unexpected.size());

            run.failures().stream().limit(5).forEach(f -> System.out.println("    sandbox " + f.describe()));
            // then
            assertThat(fromCatalog.tables()).as("the schema loaded into the sandbox").isNotEmpty();
            assertThat(unexpected).as("differences between the text model and the catalog of " + file).isEmpty();
        }
    }

    /**
     * Accepted for every file: pg_dump declares a partition's copies of its parent's primary key and indexes on the
     * partition itself (the text model keeps them there), while the catalog reader reports them once, on the
     * partitioned parent, and leaves a partition's clones out.
     */
    private static boolean isPartitionClone(String difference, SchemaModel catalog) {
        int colon = difference.indexOf(": ");
        if (colon < 0 || !(difference.contains(": primary key:") || difference.contains(": indexes:")
                || difference.contains(": unique constraints:"))) {
            return false;
        }
        return catalog.table(difference.substring(0, colon)).filter(t -> t.partitionOf().isPresent()).isPresent();
    }

    private static boolean isCopy(RawStatement statement) {
        return statement.text().regionMatches(true, 0, "copy", 0, 4);
    }
}
