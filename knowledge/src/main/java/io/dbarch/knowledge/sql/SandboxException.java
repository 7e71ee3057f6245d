package io.dbarch.knowledge.sql;

/** The PostgreSQL sandbox could not start, create or drop a database; the message says what and why. */
public final class SandboxException extends RuntimeException {

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }

    public SandboxException(String message) {
        super(message);
    }
}
