package io.dbarch.knowledge.schema;

/**
 * Levenshtein distance between two names, for "did you mean" hints when a table, rule or field name is misspelt.
 * Names longer than {@link #MAX_LENGTH} characters are never close to anything (bounded work on user input).
 */
public final class EditDistance {

    public static final int MAX_LENGTH = 200;

    private EditDistance() {
    }

    /** The number of single-character edits from {@code a} to {@code b}; {@link Integer#MAX_VALUE} past the limit. */
    public static int between(String a, String b) {
        if (a.length() > MAX_LENGTH || b.length() > MAX_LENGTH) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
