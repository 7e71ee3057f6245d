package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;

/**
 * Splits SQL text into tokens, one at a time. Knows PostgreSQL quoting (standard and E'' strings, dollar quotes with
 * tags, nested block comments, psql meta-commands) and MySQL quoting (backslash escapes, backticks, # comments,
 * DELIMITER). Iterative, so deep nesting or long input cannot overflow the stack.
 */
final class Lexer {

    private final String s;
    private final int n;
    private final boolean mysql;
    private int pos;
    private String delimiter = ";";

    Lexer(String text, Dialect dialect) {
        this.s = text;
        this.n = text.length();
        this.mysql = dialect == Dialect.MYSQL;
    }

    int position() {
        return pos;
    }

    String text() {
        return s;
    }

    void delimiter(String newDelimiter) {
        this.delimiter = newDelimiter;
    }

    String delimiter() {
        return delimiter;
    }

    /** True when only spaces or tabs stand between the start of the current line and {@code offset}. */
    boolean atLineStart(int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Skips a COPY … FROM stdin data block: every line up to and including a line that is {@code \.}. */
    void skipCopyData() {
        int lineStart = pos;
        // the data starts on the line after the COPY statement
        int nl = s.indexOf('\n', pos);
        lineStart = nl < 0 ? n : nl + 1;
        while (lineStart < n) {
            int end = s.indexOf('\n', lineStart);
            int lineEnd = end < 0 ? n : end;
            if (s.startsWith("\\.", lineStart) && s.substring(lineStart + 2, lineEnd).isBlank()) {
                pos = end < 0 ? n : end + 1;
                return;
            }
            lineStart = end < 0 ? n : end + 1;
        }
        pos = n;
    }

    /** Skips the rest of the current line (for MySQL DELIMITER lines). */
    int skipLine() {
        int nl = s.indexOf('\n', pos);
        pos = nl < 0 ? n : nl;
        return pos;
    }

    /** The next token, or null at the end of the text. Whitespace is skipped. */
    Token next() {
        while (pos < n && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
        if (pos >= n) {
            return null;
        }
        int start = pos;
        char c = s.charAt(pos);
        if (!";".equals(delimiter) && s.startsWith(delimiter, pos)) {
            pos += delimiter.length();
            return new Token(TokenType.DELIMITER, start, pos);
        }
        if (c == '-' && peek(1) == '-' || mysql && c == '#') {
            int nl = s.indexOf('\n', pos);
            pos = nl < 0 ? n : nl;
            return new Token(TokenType.COMMENT, start, pos);
        }
        if (c == '/' && peek(1) == '*') {
            return blockComment(start);
        }
        if (c == '\'') {
            return quoted(start, pos + 1, '\'', mysql, TokenType.STRING);
        }
        if (c == '"') {
            return quoted(start, pos + 1, '"', mysql, mysql ? TokenType.STRING : TokenType.QUOTED_IDENT);
        }
        if (c == '`' && mysql) {
            return quoted(start, pos + 1, '`', false, TokenType.QUOTED_IDENT);
        }
        if ((c == 'e' || c == 'E') && peek(1) == '\'') {
            return quoted(start, pos + 2, '\'', true, TokenType.STRING);
        }
        if ((c == 'n' || c == 'N' || c == 'x' || c == 'X' || c == 'b' || c == 'B') && peek(1) == '\'') {
            return quoted(start, pos + 2, '\'', mysql, TokenType.STRING);
        }
        if ((c == 'u' || c == 'U') && peek(1) == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            char q = peek(2);
            return quoted(start, pos + 3, q, false, q == '"' ? TokenType.QUOTED_IDENT : TokenType.STRING);
        }
        if (c == '$' && !mysql) {
            Token dollar = dollar(start);
            if (dollar != null) {
                return dollar;
            }
        }
        if (c == '\\' && !mysql) {
            int nl = s.indexOf('\n', pos);
            pos = nl < 0 ? n : nl;
            return new Token(TokenType.META, start, pos);
        }
        if (isIdentStart(c)) {
            pos++;
            while (pos < n && isIdentPart(s.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.WORD, start, pos);
        }
        if (Character.isDigit(c) || c == '.' && Character.isDigit(peek(1))) {
            return number(start);
        }
        return operator(start, c);
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? s.charAt(i) : '\0';
    }

    private Token blockComment(int start) {
        int depth = 0;
        int i = pos;
        while (i < n) {
            if (s.charAt(i) == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                depth += mysql ? (depth == 0 ? 1 : 0) : 1;
                i += 2;
            } else if (s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    pos = i;
                    return new Token(TokenType.COMMENT, start, pos);
                }
            } else {
                i++;
            }
        }
        pos = n;
        return new Token(TokenType.UNTERMINATED, start, n);
    }

    private Token quoted(int start, int from, char quote, boolean backslashEscapes, TokenType type) {
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    pos = i + 1;
                    return new Token(type, start, pos);
                }
            } else {
                i++;
            }
        }
        pos = n;
        return new Token(TokenType.UNTERMINATED, start, n);
    }

    private Token dollar(int start) {
        int i = pos + 1;
        if (i < n && Character.isDigit(s.charAt(i))) {
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            pos = i;
            return new Token(TokenType.PARAM, start, pos);
        }
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i >= n || s.charAt(i) != '$') {
            return null;
        }
        String tag = s.substring(start, i + 1);
        int close = s.indexOf(tag, i + 1);
        if (close < 0) {
            pos = n;
            return new Token(TokenType.UNTERMINATED, start, n);
        }
        pos = close + tag.length();
        return new Token(TokenType.STRING, start, pos);
    }

    private Token number(int start) {
        while (pos < n && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                || s.charAt(pos) == '.' && peek(1) != '.')) {
            char c = s.charAt(pos);
            pos++;
            if ((c == 'e' || c == 'E') && pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
        }
        return new Token(TokenType.NUMBER, start, pos);
    }

    private Token operator(int start, char c) {
        if (c == ':' && peek(1) == ':') {
            pos += 2;
            return new Token(TokenType.OP, start, pos);
        }
        if (c == ':' && isIdentStart(peek(1)) && !mysql) {
            pos++;
            while (pos < n && isIdentPart(s.charAt(pos))) {
                pos++;
            }
            return new Token(TokenType.PARAM, start, pos);
        }
        if ("(),;[]".indexOf(c) >= 0 || c == '.') {
            pos++;
            return new Token(TokenType.OP, start, pos);
        }
        pos++;
        while (pos < n && "+-*/<>=~!@#%^&|`?".indexOf(s.charAt(pos)) >= 0
                && "+-*/<>=~!@#%^&|`?".indexOf(c) >= 0
                && !(s.charAt(pos) == '-' && peek(1) == '-') && !(s.charAt(pos) == '/' && peek(1) == '*')) {
            pos++;
        }
        return new Token(TokenType.OP, start, pos);
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127 && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    private boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c) || c == '$';
    }
}
