package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last check on every answer, whatever model wrote it: configured secret values and strings shaped like API
 * keys become {@code [redacted]}, and passages copied from the system prompt (any run of {@link #SHINGLE} words)
 * are withheld. Models are told never to do either; this makes sure.
 */
final class AnswerGuard {

    static final int SHINGLE = 8;
    static final String REDACTED = "[redacted]";
    static final String WITHHELD = "[system prompt withheld]";
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "\\b(?:sk-[A-Za-z0-9_-]{16,}|sk-ant-[A-Za-z0-9_-]{16,}|xox[abp]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\\b");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<String> secrets;
    private final Set<String> promptShingles = new HashSet<>();

    AnswerGuard(List<String> secrets, String systemPrompt) {
        this(secrets, systemPrompt, List.of());
    }

    /**
     * @param publicTexts texts the answers may quote freely (the knowledge base's articles): a passage the system
     *                    prompt shares with them is public, so quoting it is not a leak
     */
    AnswerGuard(List<String> secrets, String systemPrompt, List<String> publicTexts) {
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 8).toList();
        promptShingles.addAll(shingles(requireNonNull(systemPrompt, "systemPrompt")));
        publicTexts.forEach(text -> promptShingles.removeAll(shingles(text)));
    }

    private static Set<String> shingles(String text) {
        List<String> words = words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }

    String check(String answer) {
        String out = answer;
        for (String secret : secrets) {
            out = out.replace(secret, REDACTED);
        }
        out = KEY_SHAPED.matcher(out).replaceAll(REDACTED);
        return promptShingles.isEmpty() ? out : withholdPrompt(out);
    }

    private String withholdPrompt(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(normal(m.group()));
        }
        boolean[] leaked = new boolean[words.size()];
        boolean any = false;
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            if (promptShingles.contains(String.join(" ", words.subList(i, i + SHINGLE)))) {
                java.util.Arrays.fill(leaked, i, i + SHINGLE, true);
                any = true;
            }
        }
        if (!any) {
            return text;
        }
        var out = new StringBuilder();
        int last = 0;
        for (int i = 0; i < words.size(); i++) {
            if (leaked[i] && (i == 0 || !leaked[i - 1])) {
                out.append(text, last, spans.get(i)[0]).append(WITHHELD);
            }
            if (leaked[i]) {
                last = spans.get(i)[1];
            }
        }
        return out.append(text.substring(last)).toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(normal(m.group()));
        }
        return words;
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[*_`\"'“”.,:;()]", "");
    }
}
