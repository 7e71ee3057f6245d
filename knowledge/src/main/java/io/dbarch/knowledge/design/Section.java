package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

/**
 * One generated part of a design: Markdown for people plus the structured data behind it.
 *
 * @param id       stable id, e.g. {@code capacity}
 * @param title    heading text
 * @param markdown body in Markdown, headed at level 3 and below (the package adds the level-2 title)
 * @param data     the structured result of the generator
 */
public record Section<T>(String id, String title, String markdown, T data) {

    public Section {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(markdown, "markdown");
        requireNonNull(data, "data");
    }
}
