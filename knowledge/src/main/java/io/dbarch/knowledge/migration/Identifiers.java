package io.dbarch.knowledge.migration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finding and replacing identifiers in SQL expression text, outside string literals. Pure functions. */
final class Identifiers {

    private Identifiers() {
    }

    /** True when {@code identifier} occurs as a whole word outside string literals (case-insensitive). */
    static boolean mentions(String expression, String identifier) {
        String lowerId = identifier.toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![a-z0-9_$])\"?" + Pattern.quote(lowerId) + "\"?(?![a-z0-9_$])")
                .matcher(Expressions.lowerOutsideQuotes(stripLiterals(expression))).find();
    }

    /** The expression with every whole-word {@code from} outside literals replaced by {@code to} (quoted as needed). */
    static String replaceIdentifier(String expression, String from, String to) {
        var out = new StringBuilder();
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])(\"" + Pattern.quote(from) + "\"|" + Pattern.quote(from)
                + ")(?![A-Za-z0-9_$\"])");
        int i = 0;
        while (i < expression.length()) {
            int quote = expression.indexOf('\'', i);
            int end = quote < 0 ? expression.length() : quote;
            out.append(word.matcher(expression.substring(i, end)).replaceAll(Matcher.quoteReplacement(Sql.ident(to))));
            if (quote < 0) {
                break;
            }
            int close = closingQuote(expression, quote);
            out.append(expression, quote, close);
            i = close;
        }
        return out.toString();
    }

    private static String stripLiterals(String text) {
        return text.replaceAll("'(?:[^']|'')*'", "''");
    }

    private static int closingQuote(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
