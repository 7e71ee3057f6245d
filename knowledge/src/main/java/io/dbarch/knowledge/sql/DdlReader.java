package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import java.util.List;
import java.util.Optional;

/**
 * Reads PostgreSQL or MySQL DDL scripts into one {@link SchemaModel}. Never throws on bad input: what it cannot
 * understand becomes a {@link Diagnostic} and reading goes on. Thread-safe.
 */
public final class DdlReader {

    /** Reads one text, detecting the dialect from its content. */
    public ReadResult read(SourceText source) {
        return read(List.of(source), Optional.empty());
    }

    /** Reads texts in order as one script (later statements alter what earlier ones created). */
    public ReadResult read(List<SourceText> sources, Optional<Dialect> dialect) {
        // TEMPORARY during the foundation work: replaced by the real reader.
        return new ReadResult(SchemaModel.empty(dialect.orElse(Dialect.POSTGRESQL)), List.of(), List.of());
    }
}
