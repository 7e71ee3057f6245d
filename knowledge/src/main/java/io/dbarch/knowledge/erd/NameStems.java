package io.dbarch.knowledge.erd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word stems of table and column names, for grouping tables by naming convention: {@code merge_request_diffs},
 * {@code MergeRequestDiff} and {@code merge-request-diffs} all give the words {@code merge, request, diff}.
 */
final class NameStems {

    private static final int MAX_WORDS = 8;

    private NameStems() {
    }

    /** The lower-case words of a name, split at {@code _ - . space} and lower-to-upper case changes. */
    static List<String> words(String name) {
        var words = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < name.length() && words.size() < MAX_WORDS; i++) {
            char c = name.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean camelBreak = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if ((separator || camelBreak) && current.length() > 0) {
                words.add(current.toString().toLowerCase(Locale.ROOT));
                current.setLength(0);
            }
            if (!separator) {
                current.append(c);
            }
        }
        if (current.length() > 0 && words.size() < MAX_WORDS) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The first {@code level} words, the last one singular, joined by {@code _}; the whole name if shorter. */
    static String stem(String name, int level) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return name.toLowerCase(Locale.ROOT);
        }
        List<String> head = new ArrayList<>(words.subList(0, Math.min(level, words.size())));
        head.set(head.size() - 1, singular(head.get(head.size() - 1)));
        return String.join("_", head);
    }

    /** A rough English singular: {@code categories -> category}, {@code boxes -> box}, {@code users -> user}. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches")
                || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * The table a column name points to by convention, as a singular stem: {@code customer_id -> customer},
     * {@code CustomerId -> customer}; empty when the name does not end in {@code id}.
     */
    static String referencedStem(String columnName) {
        List<String> words = words(columnName);
        if (words.size() < 2 || !words.get(words.size() - 1).equals("id")) {
            return "";
        }
        List<String> head = new ArrayList<>(words.subList(0, words.size() - 1));
        head.set(head.size() - 1, singular(head.get(head.size() - 1)));
        return String.join("_", head);
    }
}
