package io.dbarch.knowledge.kb;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Hybrid retrieval over the knowledge base: BM25 and embedding similarity, each turned into a ranking and fused
 * by reciprocal rank fusion (score = Σ 1 / (60 + rank)). Thread-safe after construction.
 */
public final class HybridRetriever {

    static final int RRF_K = 60;
    /** At most this many chunks are returned, whatever the budget. */
    public static final int MAX_CHUNKS = 12;

    private final KnowledgeBase kb;
    private final Bm25Index lexical;
    private final EmbeddingIndex semantic;

    public HybridRetriever(KnowledgeBase kb, EmbeddingModel model) {
        this.kb = requireNonNull(kb, "kb");
        Map<String, List<String>> tags = kb.articles().stream().collect(Collectors.toMap(Article::id, Article::tags));
        this.lexical = new Bm25Index(kb.chunks(), tags);
        this.semantic = new EmbeddingIndex(kb.chunks(), requireNonNull(model, "model"));
    }

    /** The best chunks for the query whose estimated tokens together fit {@code tokenBudget}, best first. */
    public List<RetrievedChunk> retrieve(String query, int tokenBudget) {
        requireNonNull(query, "query");
        List<RetrievedChunk> result = new ArrayList<>();
        int remaining = tokenBudget;
        for (RetrievedChunk candidate : ranked(query)) {
            if (result.size() == MAX_CHUNKS || remaining <= 0) {
                break;
            }
            int tokens = candidate.chunk().tokens();
            if (tokens <= remaining) {
                result.add(candidate);
                remaining -= tokens;
            }
        }
        return result;
    }

    /** Ids of the {@code k} best articles for the query (an article scores as its best chunk). */
    public List<String> topArticles(String query, int k) {
        return articles(ranked(query), k);
    }

    List<String> lexicalTopArticles(String query, int k) {
        return articles(order(lexical.scores(query)), k);
    }

    List<String> semanticTopArticles(String query, int k) {
        return articles(order(semantic.scores(query)), k);
    }

    private List<RetrievedChunk> ranked(String query) {
        if (query.isBlank()) {
            return List.of();
        }
        double[] fused = new double[kb.chunks().size()];
        for (double[] scores : List.of(lexical.scores(query), semantic.scores(query))) {
            List<Integer> order = IntStream.range(0, scores.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])).toList();
            for (int rank = 0; rank < order.size(); rank++) {
                if (scores[order.get(rank)] > 0) {
                    fused[order.get(rank)] += 1.0 / (RRF_K + rank + 1);
                }
            }
        }
        return order(fused);
    }

    private List<RetrievedChunk> order(double[] scores) {
        return IntStream.range(0, scores.length).filter(i -> scores[i] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                .map(i -> new RetrievedChunk(kb.chunks().get(i), scores[i])).toList();
    }

    private static List<String> articles(List<RetrievedChunk> ranked, int k) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (RetrievedChunk c : ranked) {
            if (ids.size() == k) {
                break;
            }
            ids.add(c.chunk().articleId());
        }
        return List.copyOf(ids);
    }
}
