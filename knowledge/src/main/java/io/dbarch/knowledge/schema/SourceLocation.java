package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

/**
 * Where an object or statement was read from: a file (or a JDBC URL / catalog label) and a 1-based line and column.
 * Line 0 means "not from text" (for example, read from a live catalog).
 */
public record SourceLocation(String file, int line, int column) {

    public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

    public SourceLocation {
        requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** A location for an object read from a catalog rather than from text. */
    public static SourceLocation catalog(String source) {
        return new SourceLocation(source, 0, 0);
    }

    public boolean isTextual() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
