package io.dbarch.agent.budget;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Token counts of recently counted texts, least recently used dropped first, bounded by the texts' total length.
 * A turn fits and measures each request more than once, and every request repeats the system prompt, the tool
 * specifications and the turn's tool results; counting each of them once saves most of the tokenizer's work.
 * Thread-safe; the counting itself runs outside the lock.
 */
final class RecentCounts {

    private final long maxChars;
    private final Map<String, Integer> counts = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    /** Keeps texts of up to {@code maxChars} characters in all, each at most an eighth of that. */
    RecentCounts(long maxChars) {
        if (maxChars < 8) {
            throw new IllegalArgumentException("maxChars must be at least 8; got " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The count of {@code text}: remembered, or computed by {@code counter} and remembered if small enough. */
    int count(String text, ToIntFunction<String> counter) {
        synchronized (this) {
            Integer known = counts.get(text);
            if (known != null) {
                return known;
            }
        }
        int tokens = counter.applyAsInt(text);
        if (text.length() <= maxChars / 8) {
            remember(text, tokens);
        }
        return tokens;
    }

    synchronized int size() {
        return counts.size();
    }

    synchronized long chars() {
        return chars;
    }

    private synchronized void remember(String text, int tokens) {
        if (counts.put(text, tokens) == null) {
            chars += text.length();
        }
        Iterator<Map.Entry<String, Integer>> eldest = counts.entrySet().iterator();
        while (chars > maxChars && eldest.hasNext()) {
            chars -= eldest.next().getKey().length();
            eldest.remove();
        }
    }
}
