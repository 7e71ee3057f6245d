package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.sql.SqlStatement;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small helpers for statement text (lower-cased, whitespace collapsed, strings and comments blanked). */
final class Text {

    private static final Pattern QUOTED = Pattern.compile("'[^']*+(?:''[^']*+)*+'");
    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*|/\\*(?s:.*?)\\*/");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case, comments removed, whitespace collapsed; string literals kept. */
    static String squash(String sql) {
        String head = sql.length() > 20_000 ? sql.substring(0, 20_000) : sql;
        return SPACE.matcher(COMMENT.matcher(head).replaceAll(" ")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static String squash(SqlStatement s) {
        return squash(s.text());
    }

    /** Like {@link #squash(String)} with string literals replaced by {@code ''}. */
    static String code(String sql) {
        return QUOTED.matcher(squash(sql)).replaceAll("''");
    }

    /** The statement's first line, shortened, for messages. */
    static String brief(String sql) {
        String one = SPACE.matcher(sql).replaceAll(" ").strip();
        return one.length() > 80 ? one.substring(0, 77) + "…" : one;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** An identifier as it must be written in SQL: quoted when it is not a plain lower-case name. */
    static String ident(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
