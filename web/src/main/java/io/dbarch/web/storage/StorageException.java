package io.dbarch.web.storage;

/** The database failed; the message names what and where, never a credential. */
public final class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
