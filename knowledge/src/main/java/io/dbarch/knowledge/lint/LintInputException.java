package io.dbarch.knowledge.lint;

/** Input that cannot be linted (missing, unreadable, too large); the message says which and why. */
public final class LintInputException extends RuntimeException {

    public LintInputException(String message) {
        super(message);
    }
}
