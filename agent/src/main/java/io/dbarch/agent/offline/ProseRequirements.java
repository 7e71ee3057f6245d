package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service-level constraints stated in prose — "writes accepted in the US, EU and APAC", "strict serializable",
 * "p99 write latency under 20 ms" — as a minimal requirements document (YAML) that the escalation rules can check,
 * so that a conflict typed in a sentence is escalated like one in a requirements file. Only the triple the rules
 * need is read (write regions, consistency, latency target); with any of them missing there is nothing to check.
 * Areas named in words stand for one well-known region each (EU: Frankfurt, APAC: Singapore, …); the escalation
 * quotes the region ids, so the user sees what was assumed.
 */
final class ProseRequirements {

    /** Text looked at, from the start of the message: a requirement is stated early, and regexes stay bounded. */
    static final int MAX_CHARS = 4_000;

    private static final Pattern REGION_ID = Pattern.compile("\\b((?:us|eu|ap|sa|ca|me|af)-[a-z]+-\\d)\\b");
    private static final Map<Pattern, String> AREAS = areas();
    private static final Pattern MULTI_WRITE = Pattern.compile("(?i)\\bactive[- ]active\\b|\\bmulti[- ]?(?:master|"
            + "primary|leader)\\b|\\bmulti[- ]region writes\\b|\\bwrites?\\b[^.]{0,60}\\b(?:regions|everywhere)\\b"
            + "|\\bglobal writes\\b");
    private static final Pattern SERIALIZABLE = Pattern.compile("(?i)\\b(?:strict(?:ly)?\\s+)?serializab(?:le|ility)\\b");
    private static final Pattern STRONG = Pattern.compile("(?i)\\blinearizab(?:le|ility)\\b|\\bstrong(?:ly)?\\s+"
            + "consisten(?:t|cy)\\b|\\bstrict\\s+consistency\\b|\\bexternal\\s+consistency\\b");
    private static final Pattern LATENCY = Pattern.compile("(?i)\\b(?:p9\\d|latency)\\b[^.\\d]{0,40}?(\\d{1,5})\\s*ms\\b");

    private ProseRequirements() {
    }

    /** The requirements YAML, when the text states writes in two or more regions, a strict consistency and a latency. */
    static Optional<String> yaml(String text) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (!MULTI_WRITE.matcher(t).find()) {
            return Optional.empty();
        }
        List<String> regions = regions(t);
        String consistency = SERIALIZABLE.matcher(t).find() ? "serializable" : STRONG.matcher(t).find() ? "strong" : "";
        Matcher latency = LATENCY.matcher(t);
        if (regions.size() < 2 || consistency.isEmpty() || !latency.find()) {
            return Optional.empty();
        }
        int ms = Integer.parseInt(latency.group(1));
        String list = "[" + String.join(", ", regions) + "]";
        return Optional.of("name: your system\n"
                + "slas:\n"
                + "  p99LatencyMs: " + ms + "\n"
                + "  regions: " + list + "\n"
                + "  writeRegions: " + list + "\n"
                + "  consistency: " + consistency + "\n");
    }

    /** The document with what the text states, or a minimal one the design writers fill with their defaults. */
    static String orMinimal(String text) {
        return yaml(text).orElse("name: your system\n");
    }

    private static List<String> regions(String text) {
        List<String> out = new ArrayList<>();
        Matcher ids = REGION_ID.matcher(text.toLowerCase(Locale.ROOT));
        while (ids.find()) {
            add(out, ids.group(1));
        }
        AREAS.forEach((words, region) -> {
            if (words.matcher(text).find()) {
                add(out, region);
            }
        });
        return out;
    }

    private static void add(List<String> regions, String region) {
        if (!regions.contains(region) && regions.size() < 10) {
            regions.add(region);
        }
    }

    /** Acronyms are matched in capitals only ("US", not the pronoun "us"). */
    private static Map<Pattern, String> areas() {
        Map<Pattern, String> areas = new LinkedHashMap<>();
        areas.put(Pattern.compile("\\b(?:US|USA)\\b|(?i:\\b(?:north )?america\\b|\\bunited states\\b)"), "us-east-1");
        areas.put(Pattern.compile("\\bEU\\b|(?i:\\beurope\\b)"), "eu-central-1");
        areas.put(Pattern.compile("\\bUK\\b|(?i:\\bunited kingdom\\b|\\blondon\\b)"), "eu-west-2");
        areas.put(Pattern.compile("\\bAPAC\\b|(?i:\\basia\\b|\\basia[- ]pacific\\b|\\bsingapore\\b)"), "ap-southeast-1");
        areas.put(Pattern.compile("(?i:\\bjapan\\b|\\btokyo\\b)"), "ap-northeast-1");
        areas.put(Pattern.compile("(?i:\\baustralia\\b|\\bsydney\\b)"), "ap-southeast-2");
        areas.put(Pattern.compile("(?i:\\bindia\\b|\\bmumbai\\b)"), "ap-south-1");
        areas.put(Pattern.compile("(?i:\\bbrazil\\b|\\bsouth america\\b|\\bsao paulo\\b)"), "sa-east-1");
        return areas;
    }
}
