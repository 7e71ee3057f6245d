package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

/** A named piece of SQL text: a file's name (as shown in locations) and its content. */
public record SourceText(String name, String text) {

    public SourceText {
        requireNonNull(name, "name");
        requireNonNull(text, "text");
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, text);
    }
}
