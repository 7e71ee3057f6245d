package io.dbarch.web.cli;

/** Bad usage or unreadable input; the message is the one-line reason shown to the user. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String reason) {
        super(reason);
    }
}
