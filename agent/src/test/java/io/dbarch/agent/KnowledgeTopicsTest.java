package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.knowledge.kb.Article;
import io.dbarch.knowledge.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One question per knowledge-base article: the offline engine answers from the knowledge base and cites it. */
class KnowledgeTopicsTest {

    @Test
    void should_answer_from_the_article_when_asked_about_each_knowledge_base_topic() {
        // given
        AdvisorAgent agent = AdvisorAgent.builder().chatModel(new OfflineProtocolEngine()).build();
        List<Article> articles = KnowledgeBase.load().articles();
        List<String> missed = new ArrayList<>();

        // when
        for (Article article : articles) {
            AdvisorReply reply = agent.ask("kb-" + article.id(), "What should I know about " + article.title() + "?");

            // then (every question is routed to the knowledge base)
            assertThat(reply.toolsUsed()).as(article.id()).containsExactly("searchKnowledge");
            assertThat(reply.answer()).as(article.id()).contains("## Sources").contains("## Next steps");
            if (!reply.answer().contains("kb:" + article.id() + " ")) {
                missed.add(article.id());
            }
        }

        // then (and the article asked about is among the cited sources for at least 90 % of them)
        System.out.printf("knowledge topics: %d of %d articles cited; missed %s%n", articles.size() - missed.size(),
                articles.size(), missed);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        assertThat(missed.size()).isLessThanOrEqualTo(articles.size() / 10);
    }
}
