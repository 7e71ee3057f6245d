package io.dbarch.agent.budget;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Cuts text to a token cap, keeping the head, and says where the full text went. */
final class TextTrimmer {

    private static final int NOTE_TOKENS = 48;

    private final TokenCounter counter;

    TextTrimmer(TokenCounter counter) {
        this.counter = requireNonNull(counter, "counter");
    }

    /** {@code text} when within {@code cap}; else its head plus a note naming the artifact the full text went to. */
    String trim(String text, int cap, String what, Overflow overflow) {
        int tokens = counter.count(text);
        if (tokens <= cap) {
            return text;
        }
        Optional<String> kept = overflow.keep(what, text);
        String head = counter.head(text, Math.max(16, cap - NOTE_TOKENS));
        String note = kept.map(id -> "full " + what + " (" + tokens + " tokens) is artifact " + id
                        + "; read more of it with readArtifact")
                .orElse(what + " had " + tokens + " tokens");
        return head + "\n[… trimmed to fit the context budget; " + note + "]";
    }
}
