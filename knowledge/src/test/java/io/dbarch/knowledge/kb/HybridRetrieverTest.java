package io.dbarch.knowledge.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HybridRetrieverTest {

    private final HybridRetriever retriever = SharedRetriever.instance();

    @Test
    void should_return_chunks_within_the_token_budget_when_a_budget_is_given() {
        // when
        List<RetrievedChunk> chunks = retriever.retrieve("how do I restore to a point in time after a bad delete", 600);

        // then
        assertThat(chunks).isNotEmpty();
        assertThat(chunks.stream().mapToInt(c -> c.chunk().tokens()).sum()).isLessThanOrEqualTo(600);
        assertThat(chunks.get(0).chunk().articleId()).isEqualTo("backup-pitr");
        assertThat(chunks.get(0).chunk().render()).startsWith("### Backups and point-in-time recovery — ");
    }

    @Test
    void should_return_more_chunks_when_the_budget_grows() {
        // when
        int small = retriever.retrieve("row level security for tenants", 300).size();
        int large = retriever.retrieve("row level security for tenants", 3000).size();

        // then
        assertThat(large).isGreaterThan(small);
    }

    @Test
    void should_return_nothing_when_the_budget_fits_no_chunk() {
        // then
        assertThat(retriever.retrieve("replication lag", 5)).isEmpty();
    }

    @Test
    void should_return_nothing_when_the_query_is_blank() {
        // then
        assertThat(retriever.retrieve("   ", 4000)).isEmpty();
        assertThat(retriever.topArticles("", 3)).isEmpty();
    }

    @Test
    void should_rank_an_article_first_when_the_query_uses_its_vocabulary() {
        // then
        assertThat(retriever.topArticles("PgBouncer transaction pooling", 1)).containsExactly("connection-pooling");
    }
}
