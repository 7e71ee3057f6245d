package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A read position over one statement's tokens, with the small vocabulary the statement parsers share. */
final class TokenCursor {

    private final RawStatement statement;
    private final List<Token> tokens;
    private final String src;
    private final Dialect dialect;
    private final LineIndex lines;
    private int i;

    TokenCursor(RawStatement statement, Dialect dialect, LineIndex lines) {
        this.statement = statement;
        this.tokens = statement.tokens();
        this.src = statement.source();
        this.dialect = dialect;
        this.lines = lines;
    }

    Dialect dialect() {
        return dialect;
    }

    boolean atEnd() {
        return i >= tokens.size();
    }

    int mark() {
        return i;
    }

    void reset(int mark) {
        i = mark;
    }

    Token peek(int ahead) {
        int k = i + ahead;
        return k < tokens.size() ? tokens.get(k) : null;
    }

    String text(Token t) {
        return src.substring(t.start(), t.end());
    }

    SourceLocation location() {
        Token t = atEnd() ? tokens.get(tokens.size() - 1) : tokens.get(i);
        return lines.locate(atEnd() ? t.end() : t.start());
    }

    boolean isWord(int ahead, String word) {
        Token t = peek(ahead);
        return t != null && t.type() == TokenType.WORD && t.length() == word.length()
                && src.regionMatches(true, t.start(), word, 0, word.length());
    }

    boolean isWord(String word) {
        return isWord(0, word);
    }

    boolean isOp(int ahead, String op) {
        Token t = peek(ahead);
        return t != null && t.type() == TokenType.OP && t.length() == op.length()
                && src.startsWith(op, t.start());
    }

    boolean isOp(String op) {
        return isOp(0, op);
    }

    /** Consumes the words if they all come next, in order. */
    boolean accept(String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!isWord(k, words[k])) {
                return false;
            }
        }
        i += words.length;
        return true;
    }

    boolean acceptOp(String op) {
        if (isOp(op)) {
            i++;
            return true;
        }
        return false;
    }

    void expect(String... words) {
        if (!accept(words)) {
            throw error("expected " + String.join(" ", words).toUpperCase(Locale.ROOT));
        }
    }

    void expectOp(String op) {
        if (!acceptOp(op)) {
            throw error("expected '" + op + "'");
        }
    }

    Token next() {
        if (atEnd()) {
            throw error("unexpected end of statement");
        }
        return tokens.get(i++);
    }

    ParseException error(String expected) {
        String found = atEnd() ? "the end of the statement" : "'" + abbreviate(text(tokens.get(i))) + "'";
        return new ParseException(expected + " at " + location().line() + ":" + location().column()
                + ", found " + found);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    boolean isIdentifier() {
        Token t = peek(0);
        return t != null && (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENT);
    }

    /** An identifier, folded as the dialect does: PostgreSQL lower-cases unquoted names; quotes keep case. */
    String identifier() {
        if (!isIdentifier()) {
            throw error("expected a name");
        }
        return Identifiers.normalize(text(next()), dialect);
    }

    /** {@code name}, {@code schema.name} or {@code db.schema.name} (the last two parts are kept). */
    QualifiedName qualifiedName() {
        String first = identifier();
        if (!isOp(".")) {
            return QualifiedName.unqualified(first);
        }
        i++;
        String second = identifier();
        if (acceptOp(".")) {
            return QualifiedName.of(second, identifier());
        }
        return QualifiedName.of(first, second);
    }

    /** {@code a.b.c} as its parts. */
    List<String> dottedName() {
        List<String> parts = new ArrayList<>();
        do {
            parts.add(identifier());
        } while (acceptOp("."));
        return parts;
    }

    /** {@code (a, b, c)} as a list of normalised names. */
    List<String> identifierList() {
        expectOp("(");
        List<String> names = new ArrayList<>();
        if (acceptOp(")")) {
            return names;
        }
        do {
            names.add(identifier());
        } while (acceptOp(","));
        expectOp(")");
        return names;
    }

    /** Consumes a balanced {@code ( … )} and returns the text inside, trimmed. */
    String parenthesized() {
        if (!isOp("(")) {
            throw error("expected '('");
        }
        int open = peek(0).end();
        int depth = 0;
        while (!atEnd()) {
            Token t = next();
            if (t.type() == TokenType.OP && t.length() == 1) {
                char c = src.charAt(t.start());
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return src.substring(open, t.start()).strip();
                }
            }
        }
        throw new ParseException("unbalanced parentheses: a '(' is never closed");
    }

    /**
     * Text from here up to (not including) the first token at parenthesis depth 0 that is ',' or ')' (when
     * {@code stopAtComma}) or one of {@code stopWords}; the tokens are consumed.
     */
    String until(boolean stopAtComma, Set<String> stopWords) {
        int startIndex = i;
        int depth = 0;
        while (!atEnd()) {
            Token t = tokens.get(i);
            if (t.type() == TokenType.OP && t.length() == 1) {
                char c = src.charAt(t.start());
                if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0 && stopAtComma) {
                    break;
                }
            } else if (depth == 0 && t.type() == TokenType.WORD
                    && stopWords.contains(text(t).toLowerCase(Locale.ROOT))) {
                break;
            }
            i++;
        }
        if (i == startIndex) {
            return "";
        }
        return src.substring(tokens.get(startIndex).start(), tokens.get(i - 1).end());
    }

    /**
     * The rest of the statement cut into pieces that each start with one of {@code words} at parenthesis depth 0
     * (the elements of {@code CREATE SCHEMA s CREATE TABLE … CREATE VIEW …}); consumes it.
     */
    List<RawStatement> splitAtTopLevel(String... words) {
        List<RawStatement> pieces = new ArrayList<>();
        int depth = 0;
        int start = i;
        for (; i <= tokens.size(); i++) {
            boolean boundary = i == tokens.size();
            if (!boundary) {
                Token t = tokens.get(i);
                if (t.type() == TokenType.OP && t.length() == 1 && "([".indexOf(src.charAt(t.start())) >= 0) {
                    depth++;
                } else if (t.type() == TokenType.OP && t.length() == 1 && ")]".indexOf(src.charAt(t.start())) >= 0) {
                    depth--;
                }
                int at = i;
                boundary = depth == 0 && i > start && java.util.Arrays.stream(words).anyMatch(w -> isWordAt(at, w));
            }
            if (boundary && i > start) {
                pieces.add(new RawStatement(src, tokens.subList(start, i), List.of(),
                        lines.locate(tokens.get(start).start()), "", false));
                start = i;
            }
        }
        i = tokens.size();
        return pieces;
    }

    private boolean isWordAt(int index, String word) {
        Token t = tokens.get(index);
        return t.type() == TokenType.WORD && t.length() == word.length()
                && src.regionMatches(true, t.start(), word, 0, word.length());
    }

    /** The rest of the statement's text from here; consumes it. */
    String rest() {
        if (atEnd()) {
            return "";
        }
        String text = src.substring(tokens.get(i).start(), tokens.get(tokens.size() - 1).end());
        i = tokens.size();
        return text;
    }

    /** A string literal's content ({@code 'it''s'} gives {@code it's}). */
    String stringLiteral() {
        Token t = peek(0);
        if (t == null || t.type() != TokenType.STRING) {
            throw error("expected a quoted string");
        }
        i++;
        return Identifiers.unquoteString(text(t));
    }

    boolean isString() {
        Token t = peek(0);
        return t != null && t.type() == TokenType.STRING;
    }

    RawStatement statement() {
        return statement;
    }

    LineIndex lines() {
        return lines;
    }
}
