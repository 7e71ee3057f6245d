package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Partitioning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pure helpers turning the text PostgreSQL's catalog functions print into model values. */
final class CatalogText {

    private CatalogText() {
    }

    /**
     * A type as {@code format_type} prints it, e.g. {@code timestamp(3) with time zone} or {@code numeric(12,2)[]}:
     * raw and normalized are that text, the name drops modifiers and brackets, modifiers are the first
     * parenthesized list.
     */
    static DataType dataType(String formatted, int arrayDimensions) {
        var name = new StringBuilder();
        List<String> modifiers = List.of();
        int depth = 0;
        int modifierStart = -1;
        boolean quoted = false;
        for (int i = 0; i < formatted.length(); i++) {
            char ch = formatted.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && ch == '(') {
                if (depth++ == 0) {
                    modifierStart = i + 1;
                }
                continue;
            }
            if (!quoted && ch == ')' && depth > 0) {
                if (--depth == 0 && modifiers.isEmpty()) {
                    modifiers = Arrays.stream(formatted.substring(modifierStart, i).split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).toList();
                }
                continue;
            }
            if (depth == 0) {
                name.append(ch);
            }
        }
        String base = name.toString().replace("[]", "").replaceAll("\\s+", " ").trim();
        return new DataType(formatted, formatted, base, modifiers, arrayDimensions);
    }

    /** {@code RANGE (created_at)} from {@code pg_get_partkeydef} as strategy {@code range}, key {@code created_at}. */
    static Optional<Partitioning> partitioning(String partKeyDef) {
        if (partKeyDef == null || partKeyDef.isBlank()) {
            return Optional.empty();
        }
        String text = partKeyDef.trim();
        int space = text.indexOf(' ');
        if (space < 0) {
            return Optional.of(new Partitioning(text.toLowerCase(Locale.ROOT), ""));
        }
        String strategy = text.substring(0, space).toLowerCase(Locale.ROOT);
        String key = text.substring(space + 1).trim();
        if (key.startsWith("(") && key.endsWith(")")) {
            key = key.substring(1, key.length() - 1).trim();
        }
        return Optional.of(new Partitioning(strategy, key));
    }

    /** The expression without the parentheses that wrap all of it: {@code ((a > 0))} becomes {@code a > 0}. */
    static String unwrap(String expression) {
        String text = expression.trim();
        while (text.length() >= 2 && text.charAt(0) == '(' && closingParen(text) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    /** Index of the parenthesis closing the one at index 0, ignoring quoted text; -1 if unbalanced. */
    private static int closingParen(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Storage parameters {@code ["fillfactor=70"]} as a map with lower-case keys. */
    static java.util.Map<String, String> options(List<String> reloptions) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (String option : reloptions) {
            int eq = option.indexOf('=');
            if (eq > 0) {
                map.put(option.substring(0, eq).trim().toLowerCase(Locale.ROOT), option.substring(eq + 1).trim());
            } else {
                map.put(option.trim().toLowerCase(Locale.ROOT), "");
            }
        }
        return map;
    }

    /** Index key options in DDL order, lower case: {@code collate "c" text_pattern_ops desc nulls last}. */
    static String keyOptions(Optional<String> collation, Optional<String> opclass, int indoption) {
        var parts = new ArrayList<String>();
        collation.ifPresent(c -> parts.add("collate \"" + c + "\""));
        opclass.ifPresent(parts::add);
        boolean desc = (indoption & 1) != 0;
        boolean nullsFirst = (indoption & 2) != 0;
        if (desc) {
            parts.add(nullsFirst ? "desc" : "desc nulls last");
        } else if (nullsFirst) {
            parts.add("nulls first");
        }
        return String.join(" ", parts).toLowerCase(Locale.ROOT);
    }
}
