package io.dbarch.knowledge.kb;

/** One knowledge base and one retriever per test JVM: the embedding model loads once (about 4 s). */
final class SharedRetriever {

    private SharedRetriever() {
    }

    static HybridRetriever instance() {
        return Holder.RETRIEVER;
    }

    private static final class Holder {
        static final HybridRetriever RETRIEVER = new HybridRetriever(KnowledgeBase.load(), DefaultEmbeddingModel.instance());
    }
}
