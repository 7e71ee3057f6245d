package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a design or knowledge question from knowledge-base sections: what fits when under Summary, the
 * trade-offs and alternatives, the risks, the articles used, and the questions whose answers would turn the
 * options into one recommendation.
 */
final class KnowledgeAnswer {

    static final int MAX_ARTICLES = 3;
    private static final Pattern CHUNK = Pattern.compile("(?m)^### (.+?) — (.+?) \\[kb:([a-z0-9-]+)]\\n");
    private static final Map<String, String> QUESTIONS = Map.of(
            Topics.MULTI_TENANCY, "How many tenants do you have now and in three years, how large is the largest, "
                    + "and must any tenant's data be physically separate (contract or regulation)? With those "
                    + "numbers, or a requirements YAML, I recommend one model and design the schema.",
            Topics.REPORTING_OFFLOAD, "Which reports slow the primary today, how fresh must they be (seconds, "
                    + "minutes, a day), and how much data do they scan? That decides between a read replica and "
                    + "CDC into a warehouse with materialized views.",
            "high availability and disaster recovery", "What are your RPO and RTO, and must you survive the loss "
                    + "of a zone or of a whole region?");

    private KnowledgeAnswer() {
    }

    static String compose(String topic, String retrieved, Optional<ToolOutcome> failure) {
        return compose(topic, retrieved, failure, Optional.empty());
    }

    /** With {@code conflicts}: the escalations the stated constraints raised, first in the summary and in their section. */
    static String compose(String topic, String retrieved, Optional<ToolOutcome> failure, Optional<String> conflicts) {
        if (failure.isPresent()) {
            return new Sections().section("Summary", "The knowledge-base search failed: " + failure.get().text())
                    .numbered("Next steps", List.of("Ask again in other words.")).build();
        }
        Map<String, List<String>> fits = new LinkedHashMap<>();
        Map<String, List<String>> tradeOffs = new LinkedHashMap<>();
        Map<String, List<String>> risks = new LinkedHashMap<>();
        Set<String> articles = new LinkedHashSet<>();
        Matcher m = CHUNK.matcher(retrieved);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            m.find(spans.get(i)[0]);
            String title = m.group(1);
            String heading = m.group(2).toLowerCase(Locale.ROOT);
            articles.add(m.group(3) + " (" + title + ")");
            if (articles.size() > MAX_ARTICLES) {
                articles.remove(m.group(3) + " (" + title + ")");
                continue;
            }
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : retrieved.length();
            String text = retrieved.substring(spans.get(i)[1], end).strip();
            (heading.contains("risk") ? risks : heading.contains("trade") || heading.contains("alternative")
                    ? tradeOffs : fits).computeIfAbsent(title, k -> new ArrayList<>()).add(text);
        }
        List<String> steps = new ArrayList<>();
        conflicts.ifPresent(x -> steps.add("Have the named deciders choose one of the options of each escalation;"
                + " with their answer, or a requirements YAML, I design from it."));
        steps.add(QUESTIONS.getOrDefault(topic, "Tell me the workload (rows, growth, reads and writes per second at "
                + "peak) and your RPO and RTO, so the options above become one recommendation."));
        steps.add("Paste the current schema (DDL) to have it reviewed against this.");
        return new Sections()
                .section("Summary", conflicts.map(x -> x.lines().findFirst().orElse("") + "\n\n")
                        .orElse("") + "What dbarch's knowledge base says about " + topic + ":\n\n" + byArticle(fits))
                .section("Trade-offs and alternatives", byArticle(tradeOffs))
                .section("Risks", byArticle(risks))
                .section("Escalations", conflicts.map(x -> x.substring(x.indexOf('\n') + 1)).orElse(""))
                .section("Sources", String.join("\n", articles.stream().map(a -> "- kb:" + a).toList()))
                .numbered("Next steps", steps)
                .build();
    }

    /** Each article's title once, in bold, with its passages below it, in the order they were retrieved. */
    private static String byArticle(Map<String, List<String>> passages) {
        var text = new StringBuilder();
        passages.forEach((title, parts) -> {
            text.append("**").append(title).append("**\n\n");
            parts.forEach(p -> text.append(p).append("\n\n"));
        });
        return text.toString();
    }
}
