package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.DataType;
import java.util.List;
import java.util.Locale;

/** Comparing column types and knowing which changes PostgreSQL makes without rewriting the table. */
final class Types {

    private Types() {
    }

    /** The comparable spelling: lower case, without the {@code public.} prefix and needless quotes. */
    static String key(DataType type) {
        String text = type.normalized().strip();
        if (text.startsWith("public.")) {
            text = text.substring("public.".length());
        }
        text = text.replaceAll("\"([a-z_][a-z0-9_]*)\"", "$1");
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The comparable spelling of a user type's name, as a column of that type would show it. */
    static String key(io.dbarch.knowledge.schema.QualifiedName name) {
        String text = name.toString();
        return (text.startsWith("public.") ? text.substring("public.".length()) : text)
                .toLowerCase(Locale.ROOT).replaceAll("\"([a-z_][a-z0-9_]*)\"", "$1");
    }

    static boolean same(DataType a, DataType b) {
        return key(a).equals(key(b));
    }

    /**
     * True when PostgreSQL changes {@code from} to {@code to} in the catalog only (no rewrite, no index rebuild):
     * a longer or unbounded varchar, varchar to text, a numeric with more precision and the same scale, a wider
     * varbit.
     */
    static boolean binaryCoercible(DataType from, DataType to) {
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return false;
        }
        String f = from.lowerName();
        String t = to.lowerName();
        if (f.equals("character varying") && (t.equals("text") || t.equals("character varying"))) {
            return t.equals("text") || to.modifiers().isEmpty()
                    || !from.modifiers().isEmpty() && number(to.modifiers(), 0) >= number(from.modifiers(), 0);
        }
        if (f.equals("numeric") && t.equals("numeric")) {
            if (to.modifiers().isEmpty()) {
                return true;
            }
            return from.modifiers().size() == 2 && to.modifiers().size() == 2
                    && number(to.modifiers(), 1) == number(from.modifiers(), 1)
                    && number(to.modifiers(), 0) >= number(from.modifiers(), 0);
        }
        if (f.equals("bit varying") && t.equals("bit varying")) {
            return to.modifiers().isEmpty()
                    || !from.modifiers().isEmpty() && number(to.modifiers(), 0) >= number(from.modifiers(), 0);
        }
        return false;
    }

    /** The SQL type text to write in DDL. */
    static String sql(DataType type) {
        return type.normalized();
    }

    private static long number(List<String> modifiers, int index) {
        try {
            return Long.parseLong(modifiers.get(index).trim());
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
