package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SchemaModel;
import java.util.List;

/** What reading DDL produced: the model, every statement in order, and what could not be understood. */
public record ReadResult(SchemaModel model, List<SqlStatement> statements, List<Diagnostic> diagnostics) {

    public ReadResult {
        requireNonNull(model, "model");
        statements = List.copyOf(statements);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Statements that define schema (CREATE TABLE, ALTER TABLE, CREATE INDEX …). */
    public long schemaDefiningCount() {
        return statements.stream().filter(s -> s.kind().schemaDefining()).count();
    }

    /** Schema-defining statements read without a diagnostic. */
    public long schemaDefiningUnderstood() {
        return statements.stream().filter(s -> s.kind().schemaDefining() && s.understood()).count();
    }
}
