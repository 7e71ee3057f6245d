package io.dbarch.knowledge.design.escalation;

import io.dbarch.knowledge.design.Requirements;
import java.util.Collection;
import java.util.stream.Collectors;

/** Quotes a requirement as {@code field: value}, marking values that are defaults rather than stated. */
final class Quote {

    private Quote() {
    }

    static String of(Requirements requirements, String field, Object value) {
        String text = value instanceof Collection<?> c
                ? c.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
                : String.valueOf(value);
        boolean assumed = requirements.assumptions().stream().anyMatch(a -> a.field().equals(field));
        return field + ": " + text + (assumed ? " (default, not stated)" : "");
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
