package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a type name with modifiers and array brackets, and spells it the way the database reports it. */
final class TypeParser {

    /** Result of reading a type: the type, and whether it was a serial pseudo-type. */
    record Parsed(DataType type, boolean serial) {
    }

    private static final Map<String, String> PG_ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("float4", "real"), Map.entry("real", "real"), Map.entry("float8", "double precision"),
            Map.entry("double precision", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character"),
            Map.entry("character", "character"), Map.entry("bpchar", "bpchar"), Map.entry("nchar", "character"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"), Map.entry("varbit", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"));

    private TypeParser() {
    }

    static Parsed parse(TokenCursor in) {
        Token firstToken = in.peek(0);
        if (firstToken == null) {
            throw in.error("expected a type");
        }
        String base = baseName(in);
        List<String> modifiers = new ArrayList<>();
        if (in.isOp("(")) {
            for (String m : splitTopLevel(in.parenthesized())) {
                modifiers.add(m.strip());
            }
        }
        String zone = "";
        if (in.dialect() == Dialect.POSTGRESQL && (base.equals("timestamp") || base.equals("time"))) {
            if (in.accept("with", "time", "zone")) {
                zone = " with time zone";
            } else {
                in.accept("without", "time", "zone");
                zone = " without time zone";
            }
        }
        if (base.equals("interval")) {
            intervalFields(in, modifiers);
        }
        List<String> mysqlAttributes = new ArrayList<>();
        while (in.dialect() == Dialect.MYSQL && (in.isWord("unsigned") || in.isWord("signed") || in.isWord("zerofill")
                || in.isWord("binary"))) {
            mysqlAttributes.add(in.text(in.next()).toLowerCase(Locale.ROOT));
        }
        int dims = arrayDimensions(in);
        Token last = in.peek(-1);
        String raw = in.statement().source().substring(firstToken.start(), last.end());
        if (in.dialect() == Dialect.MYSQL) {
            return new Parsed(mysql(raw, base, modifiers, mysqlAttributes, dims), false);
        }
        boolean serial = base.matches("(big|small)?serial[248]?");
        return new Parsed(postgres(raw, base, modifiers, zone, dims), serial);
    }

    private static String baseName(TokenCursor in) {
        if (in.accept("double", "precision")) {
            return "double precision";
        }
        if (in.accept("character", "varying") || in.accept("char", "varying")
                || in.accept("national", "character", "varying") || in.accept("nchar", "varying")) {
            return "varchar";
        }
        if (in.accept("national", "character") || in.accept("national", "char")) {
            return "char";
        }
        if (in.accept("bit", "varying")) {
            return "varbit";
        }
        if (in.peek(0).type() == TokenType.QUOTED_IDENT || in.isOp(1, ".")) {
            var name = in.qualifiedName();
            String schema = name.schema();
            boolean builtIn = schema.isEmpty() || schema.equals("pg_catalog");
            if (builtIn && in.text(in.peek(-1)).startsWith("\"")) {
                return "\u0000" + name.name();
            }
            return builtIn ? name.name().toLowerCase(Locale.ROOT) : schema + "." + name.name();
        }
        String word = in.text(in.next());
        return in.dialect() == Dialect.POSTGRESQL ? word.toLowerCase(Locale.ROOT) : word.toLowerCase(Locale.ROOT);
    }

    private static void intervalFields(TokenCursor in, List<String> modifiers) {
        String[] fields = {"year", "month", "day", "hour", "minute", "second"};
        for (String f : fields) {
            if (in.isWord(f)) {
                in.next();
                if (in.accept("to")) {
                    in.next();
                }
                if (in.isOp("(")) {
                    modifiers.add(in.parenthesized());
                }
                return;
            }
        }
    }

    private static int arrayDimensions(TokenCursor in) {
        int dims = 0;
        while (true) {
            if (in.isOp("[")) {
                in.next();
                while (!in.atEnd() && !in.isOp("]")) {
                    in.next();
                }
                in.expectOp("]");
                dims++;
            } else if (in.isWord("array")) {
                in.next();
                if (in.isOp("[")) {
                    continue;
                }
                dims++;
            } else {
                return dims;
            }
        }
    }

    private static DataType postgres(String raw, String base, List<String> mods, String zone, int dims) {
        String name;
        if (base.startsWith("\u0000")) {
            name = Identifiers.quoteIfNeeded(base.substring(1));
        } else if (base.contains(".") && !base.equals("double precision")) {
            int dot = base.indexOf('.');
            String schema = base.substring(0, dot);
            String local = Identifiers.quoteIfNeeded(base.substring(dot + 1));
            name = schema.equals("public") ? local : Identifiers.quoteIfNeeded(schema) + "." + local;
        } else if (base.equals("float")) {
            boolean single = !mods.isEmpty() && mods.get(0).matches("\\d+") && Integer.parseInt(mods.get(0)) <= 24;
            name = single ? "real" : "double precision";
            mods = List.of();
        } else if (base.equals("timestamp") || base.equals("time")) {
            name = base + zone;
        } else {
            name = PG_ALIASES.getOrDefault(base, base); // an unquoted name needs no quotes (json, interval, …)
        }
        if ((name.equals("character") || name.equals("bit")) && mods.isEmpty()) {
            mods = List.of("1");
        }
        String normalized;
        if (name.startsWith("timestamp ") || name.startsWith("time ")) {
            String prefix = name.substring(0, name.indexOf(' '));
            String suffix = name.substring(name.indexOf(' '));
            normalized = prefix + (mods.isEmpty() ? "" : "(" + String.join(",", mods) + ")") + suffix;
        } else {
            normalized = name + (mods.isEmpty() ? "" : "(" + String.join(",", mods) + ")");
        }
        return new DataType(raw, normalized + (dims > 0 ? "[]" : ""), name, mods, dims);
    }

    private static DataType mysql(String raw, String base, List<String> mods, List<String> attributes, int dims) {
        String normalized = base + (mods.isEmpty() ? "" : "(" + String.join(",", mods) + ")")
                + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes));
        return new DataType(raw, normalized, base, mods, dims);
    }

    /** Splits {@code 12, 2} or {@code 'a','b,c'} at top-level commas. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                parts.add(text.substring(start, k));
                start = k + 1;
            }
        }
        if (start < text.length() || !parts.isEmpty()) {
            parts.add(text.substring(start));
        }
        return parts;
    }
}
