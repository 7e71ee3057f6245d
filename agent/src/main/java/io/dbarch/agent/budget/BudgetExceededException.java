package io.dbarch.agent.budget;

/** A request cannot be made to fit the context budget; the message says what to change. */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BudgetExceededException(String message) {
        super(message);
    }
}
