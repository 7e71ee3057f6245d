package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a column's CHECKs allow, read from the checks that mention only that column: the string literals of
 * {@code status IN ('a', 'b')}, or a number above the bound of {@code qty > 0} / {@code qty >= 1}.
 */
final class CheckLiterals {

    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBERS = Pattern.compile("(?i)(?:\\bIN\\s*\\(|ARRAY\\[)\\s*(-?\\d+(?:\\s*(?:::\\w+)?\\s*,\\s*-?\\d+)*)");

    private CheckLiterals() {
    }

    static List<String> of(Table table, Column column, int row) {
        List<String> out = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            String text = check.expression();
            if (!Identifiers.mentions(text, column.name()) || mentionsOthers(table, column, text)) {
                continue;
            }
            Matcher strings = STRING.matcher(text);
            while (strings.find()) {
                String literal = "'" + strings.group(1) + "'";
                if (!out.contains(literal)) {
                    out.add(literal);
                }
            }
            Matcher numbers = NUMBERS.matcher(text);
            if (out.isEmpty() && numbers.find()) {
                for (String n : numbers.group(1).split(",")) {
                    out.add(n.replaceAll("::\\w+", "").strip());
                }
                continue;
            }
            Matcher equals = Pattern.compile("(?i)\"?" + Pattern.quote(column.name()) + "\"?\\)?\\s*=\\s*\\(?(-?\\d+)")
                    .matcher(text);
            while (out.isEmpty() && equals.find()) {
                List<String> found = new ArrayList<>(List.of(equals.group(1)));
                while (equals.find()) {
                    found.add(equals.group(1));
                }
                out.addAll(found);
            }
            if (!out.isEmpty()) {
                continue;
            }
            Matcher bound = Pattern.compile("(?i)\"?" + Pattern.quote(column.name())
                    + "\"?\\)?(?:::[a-z ]+)?\\s*(>=|>)\\s*\\(?'?(-?\\d+)").matcher(text);
            if (out.isEmpty() && bound.find()) {
                long low = Long.parseLong(bound.group(2)) + (bound.group(1).equals(">") ? 1 : 0);
                out.add(String.valueOf(low + row - 1));
            }
        }
        return out;
    }

    private static boolean mentionsOthers(Table table, Column column, String text) {
        return table.columns().stream().anyMatch(c -> !c.name().equals(column.name())
                && Identifiers.mentions(text, c.name()));
    }
}
