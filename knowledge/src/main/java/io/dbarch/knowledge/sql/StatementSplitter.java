package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way psql and the mysql client do: on the delimiter outside quotes, comments
 * and parentheses; psql meta-commands and MySQL DELIMITER lines are statements of their own; {@code COPY … FROM stdin}
 * data blocks are skipped up to their {@code \.} line; SQL-standard function bodies ({@code BEGIN ATOMIC … END})
 * keep their inner semicolons.
 */
final class StatementSplitter {

    private StatementSplitter() {
    }

    static List<RawStatement> split(SourceText source, Dialect dialect) {
        return new Run(source, dialect).split();
    }

    private static final class Run {
        private final String text;
        private final Lexer lexer;
        private final LineIndex lines;
        private final boolean mysql;
        private final List<RawStatement> out = new ArrayList<>();
        private List<Token> tokens = new ArrayList<>();
        private List<String> comments = new ArrayList<>();
        private int depth;
        private int atomicDepth;

        Run(SourceText source, Dialect dialect) {
            this.text = source.text();
            this.lexer = new Lexer(text, dialect);
            this.lines = new LineIndex(source.name(), text);
            this.mysql = dialect == Dialect.MYSQL;
        }

        List<RawStatement> split() {
            for (Token t = lexer.next(); t != null; t = lexer.next()) {
                switch (t.type()) {
                    case COMMENT -> comments.add(text.substring(t.start(), t.end()));
                    case META -> meta(t);
                    case DELIMITER -> end();
                    case UNTERMINATED -> unterminated(t);
                    default -> token(t);
                }
            }
            end();
            return out;
        }

        private void token(Token t) {
            if (mysql && tokens.isEmpty() && t.type() == TokenType.WORD && word(t, "delimiter")
                    && lexer.atLineStart(t.start())) {
                int lineEnd = lexer.skipLine();
                String newDelimiter = text.substring(t.end(), lineEnd).strip();
                if (!newDelimiter.isEmpty()) {
                    lexer.delimiter(newDelimiter);
                }
                tokens.add(new Token(TokenType.META, t.start(), lineEnd));
                flush("", true);
                return;
            }
            if (t.type() == TokenType.OP) {
                char c = text.charAt(t.start());
                if (c == ';' && t.length() == 1 && depth == 0 && atomicDepth == 0 && ";".equals(lexer.delimiter())) {
                    end();
                    return;
                }
                if (c == '(' && t.length() == 1) {
                    depth++;
                } else if (c == ')' && t.length() == 1 && depth > 0) {
                    depth--;
                }
            } else if (t.type() == TokenType.WORD) {
                trackAtomic(t);
            }
            tokens.add(t);
        }

        private void trackAtomic(Token t) {
            if (atomicDepth > 0) {
                if (word(t, "case") || word(t, "begin")) {
                    atomicDepth++;
                } else if (word(t, "end")) {
                    atomicDepth--;
                }
            } else if (word(t, "atomic") && !tokens.isEmpty() && word(tokens.get(tokens.size() - 1), "begin")
                    && word(tokens.get(0), "create")) {
                atomicDepth = 1;
            }
        }

        private void meta(Token t) {
            if (!tokens.isEmpty()) {
                end();
            }
            tokens.add(t);
            String command = text.substring(t.start(), t.end());
            flush("", true);
            if (command.regionMatches(true, 0, "\\copy", 0, 5) && command.toLowerCase().matches(
                    "(?s).*\\bfrom\\s+(stdin|pstdin)\\b.*")) {
                lexer.skipCopyData();
            }
        }

        private void unterminated(Token t) {
            String what = switch (text.charAt(t.start())) {
                case '$' -> "dollar-quoted string " + text.substring(t.start(),
                        Math.min(t.end(), text.indexOf('$', t.start() + 1) + 1));
                case '/' -> "block comment";
                case '"', '`' -> "quoted identifier";
                default -> "quoted string";
            };
            tokens.add(t);
            flush("unterminated " + what + " starting at " + lines.locate(t.start())
                    + "; close it, or check for a missing quote earlier", false);
        }

        private void end() {
            boolean copyFromStdin = isCopyFromStdin();
            flush("", false);
            if (copyFromStdin) {
                lexer.skipCopyData();
            }
        }

        private boolean isCopyFromStdin() {
            if (tokens.isEmpty() || !word(tokens.get(0), "copy")) {
                return false;
            }
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (word(tokens.get(i), "from") && (word(tokens.get(i + 1), "stdin")
                        || word(tokens.get(i + 1), "pstdin"))) {
                    return true;
                }
            }
            return false;
        }

        private void flush(String problem, boolean meta) {
            if (!tokens.isEmpty()) {
                out.add(new RawStatement(text, tokens, comments, lines.locate(tokens.get(0).start()), problem, meta));
                comments = new ArrayList<>();
            }
            tokens = new ArrayList<>();
            depth = 0;
            atomicDepth = 0;
        }

        private boolean word(Token t, String w) {
            return t.type() == TokenType.WORD && t.length() == w.length()
                    && text.regionMatches(true, t.start(), w, 0, w.length());
        }
    }
}
