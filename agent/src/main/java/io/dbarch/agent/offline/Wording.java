package io.dbarch.agent.offline;

import java.util.regex.Pattern;

/**
 * How a message asks: a question about something ("how should failover work?") or a request to have something
 * written ("give me a failover drill runbook"). Requests for runbooks, roles and the like are told apart from
 * questions on the same topic here, in one place.
 */
final class Wording {

    private static final String QUESTION_WORDS = "(?:what|how|when|why|which|should|shall|can|could|is|are|do|does|"
            + "explain|compare|tell me)\\b";
    private static final Pattern QUESTION_START = Pattern.compile("(?i)^" + QUESTION_WORDS);
    private static final Pattern REQUEST = Pattern.compile("(?i)\\b(?:create|design|give|write|set up|define|generate|"
            + "draft|make|prepare|need|want|produce|send|propose)\\b");

    private Wording() {
    }

    /** True for a question: it starts with a question word or ends with a question mark. */
    static boolean isQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") || QUESTION_START.matcher(t).find();
    }

    /** True when the text asks for something to be produced and does not start as a question. */
    static boolean asksToProduce(String text) {
        return REQUEST.matcher(text).find() && !QUESTION_START.matcher(text.strip()).find();
    }
}
