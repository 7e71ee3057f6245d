package io.dbarch.agent.tools;

import java.util.ArrayList;
import java.util.List;

/** Splits text into pages of at most {@code pageChars} characters, breaking at line ends where possible. */
final class Pages {

    private Pages() {
    }

    static List<String> split(String text, int pageChars) {
        List<String> pages = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + pageChars);
            if (to < text.length()) {
                int lineEnd = text.lastIndexOf('\n', to);
                if (lineEnd > from + pageChars / 2) {
                    to = lineEnd + 1;
                }
            }
            pages.add(text.substring(from, to));
            from = to;
        }
        if (pages.isEmpty()) {
            pages.add("");
        }
        return pages;
    }
}
