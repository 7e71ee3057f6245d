package io.dbarch.knowledge.erd;

import java.util.Locale;

/**
 * Makes any text from a schema (identifiers, types, comments) inert inside PlantUML source. Letters, digits, space
 * and {@code _ , ( )} pass through, and so do {@code . - / :} when neither first nor doubled; every other character
 * becomes a {@code <U+XXXX>} escape, which PlantUML draws as that character but never reads as syntax. So no input
 * can end the diagram ({@code @enduml}), reach the preprocessor ({@code !include}, {@code %getenv}, {@code $var}),
 * start a comment ({@code '}, {@code /'}), open a link ({@code [[…]]}), use markup ({@code <img>}, {@code **},
 * {@code //}) or start a new line. A doubled underscore is escaped too (creole underline), and line breaks and other
 * control characters become a space.
 */
final class PlantUmlText {

    /** Passed through when neither first nor doubled: {@code ..} {@code --} {@code //} have meanings. */
    private static final String SINGLE_ONLY = ".-/:";

    private PlantUmlText() {
    }

    /** The text, escaped; at most {@code maxCodePoints} characters are kept (then an ellipsis). */
    static String escape(String raw, int maxCodePoints) {
        var out = new StringBuilder(raw.length() + 16);
        int count = 0;
        int previous = 0;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (count == maxCodePoints) {
                out.append("<U+2026>");
                break;
            }
            count++;
            appendEscaped(out, cp, previous);
            previous = cp;
        }
        return out.toString();
    }

    /** The text, escaped, without a length limit. */
    static String escape(String raw) {
        return escape(raw, Integer.MAX_VALUE);
    }

    private static void appendEscaped(StringBuilder out, int cp, int previous) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || Character.isWhitespace(cp)) {
            out.append(' ');
        } else if (type == Character.SURROGATE) {
            out.append("<U+FFFD>");
        } else if (cp == '_' && previous == '_') {
            out.append("<U+005F>");
        } else if (passesThrough(cp) || (SINGLE_ONLY.indexOf(cp) >= 0 && previous != cp && previous != 0)) {
            out.appendCodePoint(cp);
        } else {
            out.append("<U+").append(String.format(Locale.ROOT, "%04X", cp)).append('>');
        }
    }

    private static boolean passesThrough(int cp) {
        return (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == ',' || cp == '(' || cp == ')'))
                || (cp >= 128 && Character.isLetterOrDigit(cp));
    }
}
