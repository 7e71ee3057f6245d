package io.dbarch.knowledge.kb;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles shipped under {@code kb/} (listed in {@code kb/index.txt}) and their chunks. Immutable.
 */
public final class KnowledgeBase {

    private final List<Article> articles;
    private final List<Chunk> chunks;

    KnowledgeBase(List<Article> articles) {
        this.articles = List.copyOf(articles);
        this.chunks = articles.stream().flatMap(a -> ArticleParser.chunks(a).stream()).toList();
    }

    /** The bundled articles, read once per process (they are immutable); prefer this to {@link #load()}. */
    public static KnowledgeBase standard() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final KnowledgeBase INSTANCE = load();
    }

    /** Loads the bundled articles. */
    public static KnowledgeBase load() {
        List<Article> articles = new ArrayList<>();
        for (String file : read("/kb/index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            articles.add(ArticleParser.parse(file, read("/kb/" + file)));
        }
        return new KnowledgeBase(articles);
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public Optional<Article> article(String id) {
        requireNonNull(id, "id");
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static String read(String resource) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
