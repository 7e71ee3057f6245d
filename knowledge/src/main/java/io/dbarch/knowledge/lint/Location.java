package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SourceLocation;

/**
 * Where a finding points: file, 1-based line and column (0 when unknown) and the object it is about,
 * e.g. {@code public.orders.total} (empty when the finding concerns a statement rather than an object).
 */
public record Location(String file, int line, int column, String object) {

    public Location {
        requireNonNull(file, "file");
        requireNonNull(object, "object");
    }

    public static Location of(SourceLocation at, String object) {
        return new Location(at.file(), at.line(), at.column(), object);
    }

    /** {@code file:line:col}, or the file alone when the line is unknown. */
    public String position() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
