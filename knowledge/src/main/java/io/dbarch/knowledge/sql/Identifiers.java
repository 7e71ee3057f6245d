package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import java.util.Locale;

/** Identifier and literal spelling rules. */
final class Identifiers {

    private Identifiers() {
    }

    static String normalize(String token, Dialect dialect) {
        if (token.isEmpty()) {
            return token;
        }
        char first = token.charAt(0);
        if (first == '"' || first == '`') {
            String quote = String.valueOf(first);
            return token.substring(1, token.length() - 1).replace(quote + quote, quote);
        }
        if ((first == 'u' || first == 'U') && token.startsWith("&\"", 1)) {
            return token.substring(3, token.length() - 1).replace("\"\"", "\"");
        }
        return dialect == Dialect.POSTGRESQL ? token.toLowerCase(Locale.ROOT) : token;
    }

    static String unquoteString(String token) {
        if (token.startsWith("$")) {
            int tagEnd = token.indexOf('$', 1);
            return token.substring(tagEnd + 1, token.length() - tagEnd - 1);
        }
        int open = token.indexOf('\'');
        if (open < 0) {
            open = token.indexOf('"');
        }
        char quote = token.charAt(open);
        String body = token.substring(open + 1, token.length() - 1);
        body = body.replace(String.valueOf(quote) + quote, String.valueOf(quote));
        boolean escapes = open > 0 && (token.charAt(0) == 'e' || token.charAt(0) == 'E');
        return escapes ? body.replace("\\'", "'").replace("\\\\", "\\") : body;
    }

    /** Quotes a name the way PostgreSQL's quote_ident does when it needs quoting. */
    static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int k = 0; plain && k < name.length(); k++) {
            char c = name.charAt(k);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        return plain && !Keywords.isReserved(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
