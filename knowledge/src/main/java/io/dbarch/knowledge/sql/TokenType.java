package io.dbarch.knowledge.sql;

/** Lexical classes of SQL text. */
enum TokenType {
    /** Unquoted identifier or keyword. */
    WORD,
    /** {@code "quoted"} (or MySQL {@code `backtick`}) identifier. */
    QUOTED_IDENT,
    /** Any string literal, including dollar-quoted bodies. */
    STRING,
    NUMBER,
    /** Positional parameter such as {@code $1}, or a psql variable such as {@code :name}. */
    PARAM,
    /** Operator or punctuation: ( ) , . ; :: = and friends. */
    OP,
    /** A psql meta-command ({@code \connect db}) up to the end of its line. */
    META,
    COMMENT,
    /** A MySQL custom statement delimiter set with DELIMITER. */
    DELIMITER,
    /** Text the lexer could not close, e.g. an unterminated quote. */
    UNTERMINATED
}
