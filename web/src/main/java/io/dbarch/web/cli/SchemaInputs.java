package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.CatalogReader;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import java.util.List;
import java.util.Optional;

/** Where a subcommand's schema comes from: DDL files read in order, or one live PostgreSQL catalog. */
final class SchemaInputs {

    private final InputFiles files;
    private final DdlReader reader;
    private final LiveCatalog catalog;

    SchemaInputs(InputFiles files, DdlReader reader, LiveCatalog catalog) {
        this.files = requireNonNull(files, "files");
        this.reader = requireNonNull(reader, "reader");
        this.catalog = requireNonNull(catalog, "catalog");
    }

    ReadResult read(List<String> inputs, Optional<Dialect> dialect) {
        long urls = inputs.stream().filter(LiveCatalog::isJdbcUrl).count();
        if (urls == 0) {
            return reader.read(files.load(inputs), dialect);
        }
        if (inputs.size() > 1) {
            // the URL is never echoed: it may carry a password
            throw new UsageException("give either DDL files or one JDBC URL, not both or several URLs");
        }
        return catalog.read(inputs.get(0));
    }

    /** The inputs as they may be shown: a JDBC URL without its credentials. */
    static List<String> shown(List<String> inputs) {
        return inputs.stream().map(i -> LiveCatalog.isJdbcUrl(i) ? CatalogReader.label(i) : i).toList();
    }
}
