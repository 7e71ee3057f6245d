package io.dbarch.knowledge.sql;

/** A statement the parser could not understand; the message says what was expected and what was found. */
final class ParseException extends RuntimeException {

    ParseException(String message) {
        super(message, null, false, false);
    }
}
