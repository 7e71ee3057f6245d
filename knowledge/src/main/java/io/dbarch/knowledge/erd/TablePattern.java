package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.Locale;

/**
 * A glob over table names: {@code *} any run of characters, {@code ?} one character, everything else literal,
 * any case. A pattern with a dot matches {@code schema.table}; one without matches the table name alone.
 * Matching takes time proportional to pattern length times name length, whatever the pattern.
 */
record TablePattern(String glob) {

    boolean matches(QualifiedName table) {
        String subject = glob.indexOf('.') >= 0 ? table.toString() : table.name();
        return matches(glob.toLowerCase(Locale.ROOT), subject.toLowerCase(Locale.ROOT));
    }

    /** Iterative wildcard matching that backtracks only to the most recent star. */
    static boolean matches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int mark = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
