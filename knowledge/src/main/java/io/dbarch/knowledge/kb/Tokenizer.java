package io.dbarch.knowledge.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lower-cases, splits on non-alphanumerics, drops stop words and applies a light English stemmer. */
final class Tokenizer {

    static final int MAX_INPUT = 20_000;
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can", "do",
            "does", "for", "from", "how", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "should",
            "so", "that", "the", "their", "them", "then", "there", "these", "this", "to", "was", "we", "what", "when",
            "where", "which", "who", "why", "will", "with", "you", "your", "my", "me", "than", "not", "no", "one",
            "use", "get", "need", "want", "has", "have", "but", "all", "any", "each", "they", "would");

    private Tokenizer() {
    }

    static List<String> tokens(String text) {
        String lower = (text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        for (String raw : lower.split("[^a-z0-9]+")) {
            if (raw.isEmpty() || STOP.contains(raw)) {
                continue;
            }
            tokens.add(stem(raw));
        }
        return tokens;
    }

    static String stem(String word) {
        String w = word.replaceAll("(?<=[a-z]{3})is(ation|ations|e|ed|es|ing)$", "iz$1");
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 6 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 5 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 7 && w.endsWith("ation")) {
            w = w.substring(0, w.length() - 5);
        }
        return w;
    }
}
