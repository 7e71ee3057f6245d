package io.dbarch.knowledge.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/** Embeds every chunk once (title, heading and text) and scores queries by cosine similarity. */
final class EmbeddingIndex {

    private final EmbeddingModel model;
    private final float[][] vectors;

    EmbeddingIndex(List<Chunk> chunks, EmbeddingModel model) {
        this.model = model;
        List<TextSegment> segments = chunks.stream()
                .map(c -> TextSegment.from(c.title() + ". " + c.heading() + ". " + c.text())).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        this.vectors = embeddings.stream().map(Embedding::vector).toArray(float[][]::new);
    }

    /** Cosine similarity of every chunk to the query, by chunk position. */
    double[] scores(String query) {
        float[] q = model.embed(query.length() > Tokenizer.MAX_INPUT ? query.substring(0, Tokenizer.MAX_INPUT) : query)
                .content().vector();
        double[] scores = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            scores[i] = cosine(q, vectors[i]);
        }
        return scores;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
