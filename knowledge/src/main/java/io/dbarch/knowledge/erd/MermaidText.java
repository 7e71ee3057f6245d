package io.dbarch.knowledge.erd;

import java.util.HashSet;
import java.util.Set;

/**
 * Mermaid-safe words. Mermaid has no escape mechanism, so text from a schema is reduced to the characters its
 * {@code erDiagram} grammar accepts in each position; nothing else can reach the output (no quotes of its own,
 * percent signs, braces, colons or line breaks, hence no directives such as {@code %%{init}%%}).
 */
final class MermaidText {

    private MermaidText() {
    }

    /**
     * An entity name, quoted: Mermaid's lexer is case-insensitive and reads keywords such as {@code class},
     * {@code end}, {@code style} or {@code one} even at the start of a bare name, but never inside quotes.
     */
    static String entity(String raw, int max, Set<String> used) {
        return "\"" + unique(word(raw, max, "."), used) + "\"";
    }

    /**
     * An attribute name: ASCII letters, digits and {@code _}, starting with a letter or {@code _}; {@code pk},
     * {@code fk} and {@code uk} (any case) get a trailing {@code _} so they are not read as key markers.
     */
    static String identifier(String raw, int max) {
        String word = word(raw, max, "");
        return word.matches("(?i)pk|fk|uk") ? word + "_" : word;
    }

    /** A type: as an identifier, plus {@code ( ) [ ] ,} so {@code numeric(12,2)} and {@code text[]} survive. */
    static String type(String raw, int max) {
        return word(raw, max, "()[],");
    }

    /** Free text inside double quotes (labels, titles): letters, digits, space and {@code _ , . ( ) -}. */
    static String quoted(String raw, int max) {
        var out = new StringBuilder();
        raw.codePoints().limit(max).forEach(cp -> out.appendCodePoint(
                cp < 128 && (Character.isLetterOrDigit(cp) || " _,.()-".indexOf(cp) >= 0) ? cp : '_'));
        return out.toString();
    }

    private static String word(String raw, int max, String extra) {
        var out = new StringBuilder();
        raw.codePoints().limit(max).forEach(cp -> out.appendCodePoint(
                cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || extra.indexOf(cp) >= 0) ? cp : '_'));
        if (out.length() == 0 || !(Character.isLetter(out.charAt(0)) || out.charAt(0) == '_')) {
            out.insert(0, "x_");
        }
        return out.toString();
    }

    /** {@code base}, or {@code base_2}, {@code base_3}… whichever is not yet in {@code used}. */
    static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    static Set<String> newNameSet() {
        return new HashSet<>();
    }
}
