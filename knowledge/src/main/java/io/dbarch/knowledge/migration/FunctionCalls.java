package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.SchemaModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the functions a plan's SQL calls that are neither built into PostgreSQL nor added by an extension of the
 * target schema: the schema model does not carry functions, so those must already exist in the database.
 */
final class FunctionCalls {

    private static final Pattern CALL = Pattern.compile(
            "(?<![A-Za-z0-9_$\"]|::|:: )(?:\"?([A-Za-z_][A-Za-z0-9_$]*)\"?\\.)?\"?([A-Za-z_][A-Za-z0-9_$]*)\"?\\s*\\(");
    private static final Set<String> SYNTAX = Set.of("in", "exists", "any", "all", "some", "array", "row", "values",
            "cast", "coalesce", "nullif", "greatest", "least", "extract", "overlay", "position", "substring", "trim",
            "case", "when", "then", "else", "and", "or", "not", "filter", "over", "partition", "within", "lateral",
            "on", "using", "select", "from", "where", "as", "distinct", "by", "with", "is", "like", "ilike",
            "between", "numeric", "decimal", "varchar", "char", "character", "varying", "timestamp", "time",
            "interval", "bit", "float", "double", "precision", "returns", "table", "primary", "key", "unique",
            "check", "foreign", "references", "index", "include", "default", "constraint", "enum", "domain",
            "grouping", "rollup", "cube", "sets", "join", "union", "except", "intersect", "collate", "execute",
            "function", "procedure", "trigger", "view", "of", "for", "to", "into", "set", "update", "insert", "delete",
            "sequence", "type", "exclude", "gist", "gin", "btree", "hash", "brin", "spgist", "nulls", "if",
            "declare", "begin", "loop", "while", "end", "return", "perform", "raise", "notice", "diagnostics");

    private FunctionCalls() {
    }

    /** Unknown function names called in {@code sql}, lower case, sorted. */
    static Set<String> unknown(Iterable<String> sql, SchemaModel target) {
        Set<String> extensionFunctions = new HashSet<>();
        Set<String> extensionSchemas = new HashSet<>(Set.of("pg_catalog", "information_schema"));
        for (Extension e : target.extensions()) {
            extensionFunctions.addAll(Lists.EXTENSIONS.getOrDefault(e.name().toLowerCase(Locale.ROOT), Set.of()));
            e.schema().ifPresent(s -> extensionSchemas.add(s.toLowerCase(Locale.ROOT)));
        }
        Set<String> out = new TreeSet<>();
        for (String statement : sql) {
            Matcher m = CALL.matcher(statement.replaceAll("'(?:[^']|'')*'", "''").replaceAll("(?s)\\$dbarch\\$.*?\\$dbarch\\$", ""));
            while (m.find()) {
                String schema = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                String name = m.group(2).toLowerCase(Locale.ROOT);
                boolean known = SYNTAX.contains(name) || name.startsWith("dbarch_") || Lists.BUILTIN.contains(name)
                        || extensionFunctions.contains(name) || extensionSchemas.contains(schema);
                if (!known) {
                    out.add(schema.isEmpty() ? name : schema + "." + name);
                }
            }
        }
        return out;
    }

    /** The function lists, read once per process from the resources beside this class (constants after that). */
    private static final class Lists {
        static final Set<String> BUILTIN = new HashSet<>();
        static final Map<String, Set<String>> EXTENSIONS = new HashMap<>();

        static {
            read("postgres-functions.txt", line -> BUILTIN.add(line));
            read("postgres-extension-functions.txt", line -> {
                int colon = line.indexOf(':');
                EXTENSIONS.put(line.substring(0, colon).strip(), Set.of(line.substring(colon + 1).strip().split(" ")));
            });
        }

        private static void read(String resource, java.util.function.Consumer<String> sink) {
            try (InputStream in = FunctionCalls.class.getResourceAsStream(resource);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(sink);
            } catch (IOException | NullPointerException e) {
                throw new UncheckedIOException("function list " + resource + " is missing from the build",
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }
}
