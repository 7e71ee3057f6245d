package io.dbarch.knowledge.kb;

import static java.util.Objects.requireNonNull;

/**
 * A retrievable piece of an article: its introduction or one of its sections.
 *
 * @param heading the section heading, or {@code Overview} for the introduction
 * @param text    the section text without its heading
 */
public record Chunk(String articleId, String title, String heading, String text) {

    public Chunk {
        requireNonNull(articleId, "articleId");
        requireNonNull(title, "title");
        requireNonNull(heading, "heading");
        requireNonNull(text, "text");
    }

    /** The chunk as it is given to a model: a heading line naming article and section, then the text. */
    public String render() {
        return "### " + title + " — " + heading + " [kb:" + articleId + "]\n" + text.strip() + "\n";
    }

    /** Estimated tokens of {@link #render()}. */
    public int tokens() {
        return TokenEstimate.of(render());
    }
}
