package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request for one subject area of a split ERD ("show the billing area", "draw area 3") and the areas an
 * earlier ERD result listed ({@code 1. billing (12 tables): …}). A listed name next to the word "area" wins, then an
 * area number, then the words next to "area"; the ERD tool checks the name and lists the valid ones if it is wrong.
 */
final class AreaRequest {

    /** A line of the ERD tool's area list: number, name, table count. */
    private static final Pattern LISTED = Pattern.compile("(?m)^(\\d{1,3})\\. (\\S.{0,119}?) \\(\\d+ tables?\\): ");
    private static final Pattern ASKS = Pattern.compile(
            "(?i)\\b(?:(?:show|draw|render|display|open|view|see|give|zoom)\\b|diagram|erd\\b|picture)");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\barea\\s*(?:#|no\\.?\\s*|number\\s*)?(\\d{1,3})\\b");
    private static final String NAME = "[`\"']?([\\p{L}\\w][\\p{L}\\w: -]{0,60}?)[`\"']?";
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:show|draw|render|display|open|view|see|give)"
            + "\\b(?:\\s+me)?(?:\\s+the)?\\s+" + NAME + "\\s+(?:subject[- ])?area\\b");
    private static final Pattern AFTER = Pattern.compile("(?i)\\barea\\s+(?:called\\s+|named\\s+|for\\s+|of\\s+)?"
            + NAME + "\\s*(?:[?.!,;\\n]|$)");
    private static final Pattern LEADING = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:er\\s+)?(?:diagram|erd|picture)\\s+(?:of|for)\\s+)?(?:the\\s+)?");
    private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "a", "an", "each", "every", "whole",
            "which", "one", "my", "our", "your", "subject", "next", "other", "another", "first", "last");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "why", "what", "whether", "should", "could",
            "would", "if", "when", "where", "to", "is", "are", "do", "does", "we", "i", "you");

    private AreaRequest() {
    }

    /** The area names of the latest of {@code texts} (oldest first) that lists areas; empty if none does. */
    static List<String> listed(List<String> texts) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            List<String> names = listed(texts.get(i));
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The area names one ERD result lists, in order. */
    static List<String> listed(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = LISTED.matcher(text);
        while (m.find()) {
            names.add(m.group(2));
        }
        return names;
    }

    /** The area the message asks to draw, by name or number, if it asks for one. */
    static Optional<String> find(String text, List<String> listed) {
        if (!text.toLowerCase(Locale.ROOT).contains("area") || !ASKS.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<String> known = listed.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .filter(name -> nextToArea(name).matcher(text).find()).findFirst();
        if (known.isPresent()) {
            return known;
        }
        Matcher number = NUMBER.matcher(text);
        if (number.find()) {
            return Optional.of(number.group(1));
        }
        return words(BEFORE, text).or(() -> words(AFTER, text));
    }

    private static Pattern nextToArea(String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?i)(?:(?<![\\p{L}\\w])" + quoted + "[`\"']?\\s+(?:subject[- ])?area\\b"
                + "|\\barea\\s+(?:called\\s+|named\\s+|for\\s+|of\\s+)?[`\"']?" + quoted + "(?![\\p{L}\\w]))");
    }

    private static Optional<String> words(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = LEADING.matcher(m.group(1).strip()).replaceFirst("").strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean question = List.of(lower.split("[\\s:-]+")).stream().anyMatch(QUESTION_WORDS::contains);
        return name.isEmpty() || NOT_NAMES.contains(lower) || question ? Optional.empty() : Optional.of(name);
    }
}
