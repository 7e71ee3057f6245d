package io.dbarch.agent.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fenced block of a chat message: {@code ```label … ```}. {@code start}/{@code end} span the whole block including
 * the fences; an unclosed fence runs to the end of the message.
 */
record Fence(int start, int end, String label, String body) {

    private static final String MARK = "```";

    static List<Fence> parse(String message) {
        List<Fence> fences = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = message.indexOf(MARK, from);
            if (open < 0) {
                return fences;
            }
            int lineEnd = message.indexOf('\n', open);
            if (lineEnd < 0) {
                return fences;
            }
            String label = message.substring(open + MARK.length(), lineEnd).strip().toLowerCase(Locale.ROOT);
            int close = message.indexOf(MARK, lineEnd + 1);
            int end = close < 0 ? message.length() : close + MARK.length();
            String body = message.substring(lineEnd + 1, close < 0 ? message.length() : close).strip();
            fences.add(new Fence(open, end, label, body));
            if (close < 0) {
                return fences;
            }
            from = end;
        }
    }
}
