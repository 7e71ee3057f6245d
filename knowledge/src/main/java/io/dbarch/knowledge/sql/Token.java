package io.dbarch.knowledge.sql;

/** A token: its class and its [start, end) offsets in the source text. */
record Token(TokenType type, int start, int end) {

    int length() {
        return end - start;
    }
}
