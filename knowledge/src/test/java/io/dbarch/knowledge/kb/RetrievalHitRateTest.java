package io.dbarch.knowledge.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Measures the top-3 hit rate of retrieval on the question set (src/test/resources/kb/questions.tsv). */
class RetrievalHitRateTest {

    private final HybridRetriever retriever = SharedRetriever.instance();

    @Test
    void should_find_the_expected_article_in_the_top_three_for_at_least_90_percent_when_the_question_set_runs()
            throws IOException {
        // given
        List<String[]> questions = questions();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
        assertThat(questions).allSatisfy(q -> assertThat(KnowledgeBase.load().article(q[1])).as(q[1]).isPresent());

        // when
        double hybrid = hitRate(questions, retriever::topArticles);
        double lexical = hitRate(questions, retriever::lexicalTopArticles);
        double semantic = hitRate(questions, retriever::semanticTopArticles);

        // then
        System.out.printf("Retrieval top-3 hit rate on %d questions: hybrid %.1f%%, BM25 only %.1f%%, embeddings only %.1f%%%n",
                questions.size(), hybrid * 100, lexical * 100, semantic * 100);
        assertThat(hybrid).isGreaterThanOrEqualTo(0.90);
    }

    private static double hitRate(List<String[]> questions, BiFunction<String, Integer, List<String>> top) {
        int hits = 0;
        for (String[] q : questions) {
            List<String> found = top.apply(q[0], 3);
            if (found.contains(q[1])) {
                hits++;
            } else {
                System.out.println("  miss: \"" + q[0] + "\" expected " + q[1] + ", got " + found);
            }
        }
        return (double) hits / questions.size();
    }

    private static List<String[]> questions() throws IOException {
        try (InputStream in = RetrievalHitRateTest.class.getResourceAsStream("/kb/questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
