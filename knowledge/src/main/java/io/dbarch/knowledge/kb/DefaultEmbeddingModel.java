package io.dbarch.knowledge.kb;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The in-process all-MiniLM-L6-v2 embedding model (shipped inside its Maven artifact, 384 dimensions), loaded once
 * per process on first use (about 4 s).
 */
public final class DefaultEmbeddingModel {

    private DefaultEmbeddingModel() {
    }

    public static EmbeddingModel instance() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
    }
}
