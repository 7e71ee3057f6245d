package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import java.util.Optional;

/** Reads one source text statement by statement into the shared model, collecting statements and diagnostics. */
final class ScriptReader {

    private final SourceText source;
    private final Dialect dialect;
    private final ModelBuilder model;
    private final List<SqlStatement> statements;
    private final List<Diagnostic> diagnostics;

    ScriptReader(SourceText source, Dialect dialect, ModelBuilder model, List<SqlStatement> statements,
                 List<Diagnostic> diagnostics) {
        this.source = source;
        this.dialect = dialect;
        this.model = model;
        this.statements = statements;
        this.diagnostics = diagnostics;
    }

    void read() {
        LineIndex lines = new LineIndex(source.name(), source.text());
        for (RawStatement raw : StatementSplitter.split(source, dialect)) {
            TokenCursor cursor = new TokenCursor(raw, dialect, lines);
            StatementKind kind = StatementClassifier.classify(cursor);
            Optional<DdlStatement> ddl = Optional.empty();
            String problem = raw.problem();
            if (problem.isEmpty() && kind.schemaDefining()) {
                try {
                    ddl = Optional.of(StatementParser.parse(cursor, kind));
                    model.apply(ddl.get());
                } catch (ParseException e) {
                    problem = e.getMessage();
                } catch (RuntimeException e) {
                    problem = "dbarch could not read this statement (" + e.getClass().getSimpleName()
                            + "); please report it with the statement";
                }
            } else if (problem.isEmpty() && kind == StatementKind.OTHER && StatementClassifier.looksLikeProse(cursor)) {
                String first = cursor.text(cursor.peek(0));
                problem = "not a SQL statement: it starts with '" + (first.length() > 30 ? first.substring(0, 30)
                        + "…" : first) + "'; expected SQL such as CREATE TABLE or ALTER TABLE";
            } else if (problem.isEmpty() && StatementClassifier.unknownObjectWord(cursor, kind).isPresent()) {
                problem = "unknown object kind '" + StatementClassifier.unknownObjectWord(cursor, kind).get()
                        + "'; expected TABLE, INDEX, VIEW, TYPE, SEQUENCE, SCHEMA or another object kind";
            } else if (kind == StatementKind.SET || kind == StatementKind.SELECT) {
                SearchPath.firstSchema(raw.text()).ifPresent(model::searchPath);
            }
            if (!problem.isEmpty()) {
                diagnostics.add(new Diagnostic(raw.location(), kind.label(), problem));
            }
            statements.add(new SqlStatement(raw.text(), kind, raw.location(), raw.comments(), problem.isEmpty(), ddl));
        }
    }
}
