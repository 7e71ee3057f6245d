package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.dbarch.knowledge.kb.DefaultEmbeddingModel;
import io.dbarch.knowledge.kb.HybridRetriever;
import io.dbarch.knowledge.kb.KnowledgeBase;
import io.dbarch.knowledge.kb.RetrievedChunk;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The knowledge-base tool: hybrid (BM25 + embedding) retrieval of article sections within a token budget. */
public final class KnowledgeTools {

    public static final String SEARCH_KNOWLEDGE = "searchKnowledge";
    static final int MAX_QUERY_CHARS = 500;

    private final Supplier<HybridRetriever> retriever;
    private final int tokenBudget;
    private HybridRetriever built;

    /** @param tokenBudget the most tokens of knowledge one search returns */
    public KnowledgeTools(int tokenBudget) {
        this(SharedRetriever::instance, tokenBudget);
    }

    /** The knowledge base and its embeddings are the same for the whole process: built once, on first search. */
    private static final class SharedRetriever {
        static final HybridRetriever RETRIEVER = new HybridRetriever(KnowledgeBase.standard(),
                DefaultEmbeddingModel.instance());

        static HybridRetriever instance() {
            return RETRIEVER;
        }
    }

    KnowledgeTools(Supplier<HybridRetriever> retriever, int tokenBudget) {
        this.retriever = requireNonNull(retriever, "retriever");
        if (tokenBudget < 100) {
            throw new IllegalArgumentException("tokenBudget must be at least 100; got " + tokenBudget);
        }
        this.tokenBudget = tokenBudget;
    }

    @Tool(name = SEARCH_KNOWLEDGE, value = "Searches dbarch's knowledge base (design, HA/DR, capacity, tenancy, "
            + "analytics, security, platforms) and returns the best article sections, each tagged [kb:article-id].")
    public String searchKnowledge(@P("What to look up, in words, e.g. multi-tenant schema options") String query) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("The query is empty; describe the topic in words, e.g. "
                    + "'offload reporting to a warehouse'.");
        }
        String q = query.length() <= MAX_QUERY_CHARS ? query : query.substring(0, MAX_QUERY_CHARS);
        List<RetrievedChunk> chunks = retriever().retrieve(q, tokenBudget);
        if (chunks.isEmpty()) {
            return "No knowledge-base article matches '" + q + "'; rephrase with the topic's usual terms.";
        }
        return chunks.stream().map(c -> c.chunk().render().strip()).collect(Collectors.joining("\n\n"));
    }

    private synchronized HybridRetriever retriever() {
        if (built == null) {
            built = retriever.get();
        }
        return built;
    }
}
