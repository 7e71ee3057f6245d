package io.dbarch.knowledge.kb;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A knowledge-base article: front matter plus a Markdown body.
 *
 * @param id   stable kebab-case id, e.g. {@code row-level-security}
 * @param body the Markdown after the front matter
 */
public record Article(String id, String title, List<String> tags, String body) {

    public Article {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        tags = List.copyOf(tags);
        requireNonNull(body, "body");
    }
}
