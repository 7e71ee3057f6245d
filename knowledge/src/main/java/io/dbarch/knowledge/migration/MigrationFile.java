package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

/** One generated file: its name inside the output folder and its text. */
public record MigrationFile(String name, String content) {

    public MigrationFile {
        requireNonNull(name, "name");
        requireNonNull(content, "content");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a file name without directories, was '" + name + "'");
        }
    }
}
