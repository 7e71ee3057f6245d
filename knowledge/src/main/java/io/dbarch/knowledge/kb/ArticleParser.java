package io.dbarch.knowledge.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses an article's front matter (id, title, tags) and splits its body into chunks at {@code ## } headings. */
final class ArticleParser {

    private ArticleParser() {
    }

    static Article parse(String source, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalStateException(source + ": an article must start with front matter (---)");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalStateException(source + ": front matter is not closed with ---");
        }
        String id = null;
        String title = null;
        List<String> tags = List.of();
        for (String line : normalized.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id" -> id = value;
                case "title" -> title = value;
                case "tags" -> tags = Arrays.stream(value.replaceAll("^\\[|]$", "").split(","))
                        .map(String::strip).filter(t -> !t.isEmpty()).toList();
                default -> { }
            }
        }
        if (id == null || title == null || tags.isEmpty()) {
            throw new IllegalStateException(source + ": front matter needs id, title and tags");
        }
        return new Article(id, title, tags, normalized.substring(end + 5).strip());
    }

    static List<Chunk> chunks(Article a) {
        List<Chunk> chunks = new ArrayList<>();
        String heading = "Overview";
        StringBuilder text = new StringBuilder();
        for (String line : a.body().split("\n")) {
            if (line.startsWith("## ")) {
                add(chunks, a, heading, text);
                heading = line.substring(3).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        add(chunks, a, heading, text);
        return chunks;
    }

    private static void add(List<Chunk> chunks, Article a, String heading, StringBuilder text) {
        if (!text.toString().isBlank()) {
            chunks.add(new Chunk(a.id(), a.title(), heading, text.toString().strip()));
        }
    }
}
