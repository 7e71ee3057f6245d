package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An explicit rename: {@code accounts=users} or {@code sales.accounts=sales.users} for a table,
 * {@code accounts.full_name=accounts.display_name} (or with the schema) for a column. Which one is meant is
 * decided against the source schema when planning. Names may be double-quoted to keep case or dots.
 *
 * @param from the name parts in the source schema, e.g. {@code [accounts, full_name]}
 * @param to   the name parts in the target schema
 */
public record RenameHint(List<String> from, List<String> to) {

    private static final int MAX_TEXT = 1000;

    public RenameHint {
        from = List.copyOf(from);
        to = List.copyOf(to);
        if (from.isEmpty() || to.isEmpty() || from.size() > 3 || to.size() > 3) {
            throw new IllegalArgumentException("a rename names one to three parts on each side");
        }
    }

    /**
     * Reads {@code old=new}.
     *
     * @throws IllegalArgumentException saying what is wrong and what would work
     */
    public static RenameHint parse(String text) {
        requireNonNull(text, "text");
        String usage = "; write old=new, e.g. accounts.full_name=accounts.display_name or accounts=users";
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("rename hint longer than " + MAX_TEXT + " characters" + usage);
        }
        int eq = indexOutsideQuotes(text, '=');
        if (eq < 0 || indexOutsideQuotes(text.substring(eq + 1), '=') >= 0) {
            throw new IllegalArgumentException("rename hint '" + text + "' needs exactly one '='" + usage);
        }
        List<String> from = parts(text.substring(0, eq), text, usage);
        List<String> to = parts(text.substring(eq + 1), text, usage);
        return new RenameHint(from, to);
    }

    /** The hint as it would be written on the command line. */
    public String text() {
        return String.join(".", from) + "=" + String.join(".", to);
    }

    private static List<String> parts(String side, String whole, String usage) {
        List<String> parts = new ArrayList<>();
        var current = new StringBuilder();
        boolean quoted = false;
        String s = side.strip();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(quoted ? ch : Character.toLowerCase(ch));
            }
        }
        parts.add(current.toString());
        if (quoted || parts.stream().anyMatch(String::isBlank) || parts.size() > 3) {
            throw new IllegalArgumentException("rename hint '" + whole + "': '" + side.strip()
                    + "' is not a table or column name" + usage);
        }
        return parts;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
