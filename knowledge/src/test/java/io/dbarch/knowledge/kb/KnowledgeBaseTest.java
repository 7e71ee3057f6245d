package io.dbarch.knowledge.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void should_hold_at_least_thirty_articles_with_unique_ids_when_loaded() {
        // then
        List<String> ids = kb.articles().stream().map(Article::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void should_give_every_article_trade_offs_risks_and_alternatives_when_chunked() {
        // then
        for (Article a : kb.articles()) {
            List<String> headings = kb.chunks().stream().filter(c -> c.articleId().equals(a.id())).map(Chunk::heading).toList();
            assertThat(headings).as(a.id()).contains("Overview", "Trade-offs", "Risks", "Alternatives");
            assertThat(a.tags()).as(a.id()).isNotEmpty();
        }
    }

    @Test
    void should_list_every_article_file_in_the_index_when_the_resources_are_scanned() throws IOException {
        // given
        Path dir = Path.of("src", "main", "resources", "kb");
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".md")).sorted().toList();
        }

        // then
        assertThat(kb.articles()).extracting(a -> a.id() + ".md").containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void should_cover_every_design_topic_when_articles_are_listed() {
        // then
        assertThat(kb.articles()).extracting(Article::id).contains("normalisation", "denormalisation",
                "indexing-strategies", "caching", "storage-engine-choice", "sharding", "consistency-models",
                "warehousing", "lakehouse", "cdc", "replication", "ha-topologies", "backup-pitr",
                "multi-tenancy-models", "analytics-offload", "rbac-least-privilege", "encryption", "auditing",
                "secrets-rotation", "retention-archival", "erasure-crypto-shredding", "legal-hold",
                "capacity-planning", "load-testing", "failover-drills", "platform-postgresql", "platform-mysql",
                "platform-sqlserver", "platform-oracle", "platform-snowflake");
    }

    @Test
    void should_name_the_file_when_front_matter_is_missing() {
        // then
        assertThatThrownBy(() -> ArticleParser.parse("broken.md", "# no front matter"))
                .hasMessageContaining("broken.md").hasMessageContaining("front matter");
    }
}
