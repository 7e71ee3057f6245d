package io.dbarch.agent.offline;

import java.util.List;

/** Builds an answer in the protocol's sections; empty sections are left out. */
final class Sections {

    private final StringBuilder out = new StringBuilder();

    Sections section(String title, String body) {
        if (body != null && !body.isBlank()) {
            out.append("## ").append(title).append("\n\n").append(body.strip()).append("\n\n");
        }
        return this;
    }

    Sections numbered(String title, List<String> items) {
        if (!items.isEmpty()) {
            var body = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                body.append(i + 1).append(". ").append(items.get(i)).append('\n');
            }
            section(title, body.toString());
        }
        return this;
    }

    String build() {
        return out.toString().stripTrailing();
    }

    /** Tool text shown as data inside an answer: fenced, so that nothing in it reads as the answer's own markup. */
    static String quoted(String text) {
        return "```text\n" + text.replace("```", "ʼʼʼ").strip() + "\n```";
    }
}
