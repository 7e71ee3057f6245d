package io.dbarch.knowledge.kb;

/**
 * Estimates tokens as characters / 4, rounded up: close to BPE tokenizers on English prose and SQL, and
 * deliberately simple. The agent counts exactly (jtokkit) where the budget is enforced.
 */
public final class TokenEstimate {

    private TokenEstimate() {
    }

    public static int of(String text) {
        return (text.length() + 3) / 4;
    }
}
