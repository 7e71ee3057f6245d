package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads PostgreSQL or MySQL DDL scripts into one {@link io.dbarch.knowledge.schema.SchemaModel}. Never throws on
 * bad input: what it cannot understand becomes a {@link Diagnostic} and reading goes on. Thread-safe.
 */
public final class DdlReader {

    /** Reads one text, detecting the dialect from its content. */
    public ReadResult read(SourceText source) {
        return read(List.of(source), Optional.empty());
    }

    /** Reads texts in order as one script (later statements alter what earlier ones created). */
    public ReadResult read(List<SourceText> sources, Optional<Dialect> dialect) {
        Dialect d = dialect.orElseGet(() -> sources.isEmpty() ? Dialect.POSTGRESQL
                : DialectDetector.detect(sources.get(0).text()));
        ModelBuilder model = new ModelBuilder(d);
        List<SqlStatement> statements = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceText source : sources) {
            Optional<String> notSql = InputCheck.problem(source.text());
            if (notSql.isPresent()) {
                diagnostics.add(new Diagnostic(SourceLocation.of(source.name(), 1, 1), "input", notSql.get()));
                continue;
            }
            new ScriptReader(source, d, model, statements, diagnostics).read();
        }
        return new ReadResult(model.build(), statements, diagnostics);
    }

    /** The dialect {@link #read(SourceText)} would pick for this text. */
    public static Dialect detectDialect(String text) {
        return DialectDetector.detect(text);
    }
}
