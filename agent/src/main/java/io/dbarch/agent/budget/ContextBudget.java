package io.dbarch.agent.budget;

import io.dbarch.agent.ConfigurationException;
import java.util.Map;

/**
 * The token budget of every request sent to a model, answer room included, and how it is shared. Of
 * {@code totalTokens}, {@code answerTokens} are reserved for the answer and a safety margin for tokenizer
 * differences; the rest (the prompt) holds the system prompt and tool specifications (measured), then the user
 * turn, the tool results of the turn and the memory (recent turns verbatim, older ones as a rolling summary),
 * each capped by its share.
 *
 * @param totalTokens  the hard limit per request, prompt plus answer ({@code DBARCH_CONTEXT_TOKENS}, default 8192)
 * @param answerTokens the room reserved for the answer ({@code DBARCH_ANSWER_TOKENS}, default 1536)
 */
public record ContextBudget(int totalTokens, int answerTokens) {

    public static final String CONTEXT_VARIABLE = "DBARCH_CONTEXT_TOKENS";
    public static final String ANSWER_VARIABLE = "DBARCH_ANSWER_TOKENS";
    public static final int DEFAULT_TOTAL = 8_192;
    public static final int DEFAULT_ANSWER = 1_536;
    public static final int MIN_TOTAL = 4_096;
    public static final int MAX_TOTAL = 1_000_000;

    public ContextBudget {
        if (totalTokens < MIN_TOTAL || totalTokens > MAX_TOTAL) {
            throw new IllegalArgumentException("the context budget must be " + MIN_TOTAL + " to " + MAX_TOTAL
                    + " tokens; got " + totalTokens);
        }
        if (answerTokens < 256 || answerTokens > totalTokens / 2) {
            throw new IllegalArgumentException("the answer room must be 256 to half the budget ("
                    + totalTokens / 2 + ") tokens; got " + answerTokens);
        }
    }

    public static ContextBudget defaults() {
        return new ContextBudget(DEFAULT_TOTAL, DEFAULT_ANSWER);
    }

    /**
     * The budget in {@code env}.
     *
     * @throws ConfigurationException when a variable is not a number in range; the message names it
     */
    public static ContextBudget fromEnvironment(Map<String, String> env) {
        int total = number(env, CONTEXT_VARIABLE, DEFAULT_TOTAL);
        int answer = number(env, ANSWER_VARIABLE, Math.min(DEFAULT_ANSWER, total / 4));
        try {
            return new ContextBudget(total, answer);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(CONTEXT_VARIABLE + "/" + ANSWER_VARIABLE + ": " + e.getMessage());
        }
    }

    /** Tokens kept free for tokenizer differences between models and wire-format overhead. */
    public int safetyTokens() {
        return Math.max(96, totalTokens * 5 / 100);
    }

    /** The most tokens the messages and tool specifications of one request may have. */
    public int promptTokens() {
        return totalTokens - answerTokens - safetyTokens();
    }

    /** The most tokens of the user's message; larger inputs go to the artifact store. */
    public int userTurnTokens() {
        return promptTokens() / 6;
    }

    /** The most tokens of one tool result; the full result of a larger one is kept as an artifact. */
    public int toolResultTokens() {
        return promptTokens() / 5;
    }

    /** The most tokens of remembered conversation (verbatim recent turns plus the rolling summary). */
    public int memoryTokens() {
        return promptTokens() / 3;
    }

    /** The most tokens of the rolling summary of older turns. */
    public int summaryTokens() {
        return memoryTokens() / 4;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + "='" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                    + "' is not a whole number of tokens, e.g. 8192");
        }
    }
}
