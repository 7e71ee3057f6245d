package io.dbarch.knowledge.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Okapi BM25 over chunks; a chunk's document is its article title and tags (counted twice), heading and text. */
final class Bm25Index {

    static final double K1 = 1.2;
    static final double B = 0.75;

    private final List<Map<String, Integer>> termFrequencies;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25Index(List<Chunk> chunks, Map<String, List<String>> tagsByArticle) {
        this.termFrequencies = chunks.stream().map(c -> frequencies(document(c, tagsByArticle))).toList();
        this.lengths = termFrequencies.stream().mapToInt(tf -> tf.values().stream().mapToInt(Integer::intValue).sum()).toArray();
        termFrequencies.forEach(tf -> tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        double total = 0;
        for (int l : lengths) {
            total += l;
        }
        this.averageLength = lengths.length == 0 ? 1 : total / lengths.length;
    }

    private static String document(Chunk c, Map<String, List<String>> tagsByArticle) {
        String tags = String.join(" ", tagsByArticle.getOrDefault(c.articleId(), List.of()));
        return c.title() + " " + c.title() + " " + tags + " " + tags + " " + c.heading() + " " + c.text();
    }

    private static Map<String, Integer> frequencies(String text) {
        Map<String, Integer> tf = new HashMap<>();
        Tokenizer.tokens(text).forEach(t -> tf.merge(t, 1, Integer::sum));
        return tf;
    }

    /** BM25 score of every chunk for the query, by chunk position. */
    double[] scores(String query) {
        double[] scores = new double[lengths.length];
        int n = lengths.length;
        for (String term : Tokenizer.tokens(query).stream().distinct().toList()) {
            int df = documentFrequency.getOrDefault(term, 0);
            if (df == 0) {
                continue;
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int i = 0; i < n; i++) {
                Integer f = termFrequencies.get(i).get(term);
                if (f != null) {
                    scores[i] += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / averageLength));
                }
            }
        }
        return scores;
    }
}
