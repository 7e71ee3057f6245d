package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SourceLocation;

/**
 * Something the reader could not understand, e.g.
 * {@code schema.sql:12:1 CREATE TABLE: expected ')' after column list, found 'WITH'}.
 *
 * @param statementKind what the statement looked like, e.g. {@code CREATE TABLE}; {@code input} for file-level problems
 */
public record Diagnostic(SourceLocation location, String statementKind, String message) {

    public Diagnostic {
        requireNonNull(location, "location");
        requireNonNull(statementKind, "statementKind");
        requireNonNull(message, "message");
    }

    /** One line: {@code file:line:col kind: message}. */
    public String asLine() {
        return location + " " + statementKind + ": " + message;
    }
}
