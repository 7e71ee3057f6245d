package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a script, kept whether or not it defines schema, for rules that need the statement stream
 * (transactions, SET lock_timeout, INSERT …).
 *
 * @param text       the statement text without its terminator
 * @param comments   the comments between the previous statement and this one (for inline suppressions)
 * @param understood false when the reader produced a diagnostic for it
 * @param ddl        what a schema-defining statement was understood as; empty for other statements
 */
public record SqlStatement(
        String text, StatementKind kind, SourceLocation location, List<String> comments, boolean understood,
        Optional<DdlStatement> ddl) {

    public SqlStatement {
        requireNonNull(text, "text");
        requireNonNull(kind, "kind");
        requireNonNull(location, "location");
        comments = List.copyOf(comments);
        requireNonNull(ddl, "ddl");
    }
}
