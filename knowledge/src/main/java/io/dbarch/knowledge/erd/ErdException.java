package io.dbarch.knowledge.erd;

/**
 * The diagram cannot be produced as asked, e.g. an unknown focus table or a pattern that matches nothing. The
 * message says what was wrong and what would work; it is safe to show to a user or a model.
 */
public class ErdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ErdException(String message) {
        super(message);
    }

    public ErdException(String message, Throwable cause) {
        super(message, cause);
    }
}
