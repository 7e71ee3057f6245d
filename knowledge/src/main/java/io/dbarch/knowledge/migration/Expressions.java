package io.dbarch.knowledge.migration;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL expression text helpers: a normal form for comparing expressions written by people with those PostgreSQL
 * prints ({@code status IN ('a','b')} and {@code (status = ANY (ARRAY['a'::text, 'b'::text]))} compare equal),
 * identifier search and replacement outside quotes, and a volatility guess. Pure functions.
 */
final class Expressions {

    private static final Pattern LITERAL_CAST = Pattern.compile(
            "('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)::(?:[a-z_][a-z0-9_ .\"]*?)(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])*"
                    + "(?=$|[^a-z0-9_ .\"(\\[])");
    private static final Pattern TEXT_CAST = Pattern.compile(
            "::(?:text|character varying|varchar|bpchar|name|regclass)(?:\\(\\d+\\))?(?:\\[\\])?");
    private static final Pattern ANY_ARRAY = Pattern.compile("=any\\(array\\[([^\\]]*)\\]\\)");
    private static final Pattern ALL_ARRAY = Pattern.compile("<>all\\(array\\[([^\\]]*)\\]\\)");

    /** Words after which a parenthesis groups rather than calls. */
    private static final Set<String> KEYWORDS = Set.of("where", "and", "or", "not", "on", "when", "then", "else",
            "select", "having", "by", "case", "is", "between", "like", "return", "check");

    private Expressions() {
    }

    /** The normal form used to compare two expressions; not meant to be run. */
    static String normalize(String expression) {
        String text = lowerOutsideQuotes(expression.strip());
        text = text.replaceAll("\\s+", " ");
        text = text.replaceAll(" ?([(),=<>+\\-*/|:\\[\\]!~]) ?", "$1");
        text = text.replaceAll("\"([a-z_][a-z0-9_]*)\"", "$1");
        for (int i = 0; i < 3; i++) {
            text = LITERAL_CAST.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            text = TEXT_CAST.matcher(text).replaceAll("");
            text = dropGroupingParens(text).replaceAll("\\s+", " ").replaceAll(" ?([(),=<>+\\-*/|:\\[\\]!~]) ?", "$1")
                    .strip();
        }
        text = ANY_ARRAY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" in(" + m.group(1) + ")"));
        text = ALL_ARRAY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" not in(" + m.group(1) + ")"));
        text = text.replace(" not like ", "!~~").replace(" not ilike ", "!~~*").replace(" ilike ", "~~*")
                .replace(" like ", "~~");
        return text.replaceAll("\\s+", " ").replaceAll(" ?([(),=<>!~]) ?", "$1").strip();
    }

    /** True when both expressions have the same normal form. */
    static boolean same(String a, String b) {
        return a.equals(b) || normalize(a).equals(normalize(b));
    }


    static String lowerOutsideQuotes(String text) {
        var out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
                out.append(ch);
            } else {
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                }
                out.append(quote == 0 ? Character.toLowerCase(ch) : ch);
            }
        }
        return out.toString();
    }

    /** Removes parentheses that only group (not those of a call, an IN list or an array bound). */
    private static String dropGroupingParens(String text) {
        var chars = new StringBuilder(text);
        for (int open = chars.length() - 1; open >= 0; open--) {
            if (chars.charAt(open) != '(' || insideLiteral(chars, open)) {
                continue;
            }
            char before = open > 0 ? chars.charAt(open - 1) : ' ';
            if ((Character.isLetterOrDigit(before) || before == '_' || before == '"' || before == ']')
                    && !KEYWORDS.contains(wordBefore(chars, open))) {
                continue;
            }
            int close = matching(chars, open);
            if (close > 0 && !topLevelComma(chars, open + 1, close)) {
                chars.setCharAt(close, ' ');
                chars.setCharAt(open, ' ');
            }
        }
        return chars.toString();
    }

    private static boolean topLevelComma(CharSequence text, int from, int to) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && (ch == '(' || ch == '[')) {
                depth++;
            } else if (!quoted && (ch == ')' || ch == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && ch == ',') {
                return true;
            }
        }
        return false;
    }

    private static String wordBefore(CharSequence text, int index) {
        int start = index;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        return text.subSequence(start, index).toString();
    }

    private static boolean insideLiteral(CharSequence text, int index) {
        int quotes = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static int matching(CharSequence text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }


}
