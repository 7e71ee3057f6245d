package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

/** A text file sent with a chat message (a dropped or pasted {@code .sql}, a requirements YAML). */
record Upload(String name, String content) {

    Upload {
        requireNonNull(name, "name");
        requireNonNull(content, "content");
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        name = base.isEmpty() ? "attachment.txt" : base.length() > 120 ? base.substring(0, 120) : base;
    }
}
