package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Quoting and small SQL text helpers for PostgreSQL. Pure functions. */
final class Sql {

    /** PostgreSQL's reserved key words (and the non-reserved ones that cannot be bare column names). */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check",
            "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
            "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull",
            "join", "json", "lateral", "leading", "least", "left", "like", "limit", "localtime",
            "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
            "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay",
            "placing", "position", "precision", "primary", "real", "references", "returning", "right", "row",
            "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
            "system_user", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat",
            "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
            "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
            "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");

    private Sql() {
    }

    /** An identifier, quoted only when it must be. */
    static String ident(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, or just {@code name} when unqualified. */
    static String name(QualifiedName name) {
        return name.isQualified() ? ident(name.schema()) + "." + ident(name.name()) : ident(name.name());
    }

    /** A schema-qualified name for an object that lives in {@code table}'s schema. */
    static String sibling(QualifiedName table, String objectName) {
        return name(new QualifiedName(table.schema(), objectName));
    }

    static String columns(List<String> names) {
        return names.stream().map(Sql::ident).collect(Collectors.joining(", "));
    }

    /** A string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A duration for SET lock_timeout / statement_timeout, e.g. {@code '5s'} or {@code '250ms'}. */
    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return "'" + ms / 3_600_000 + "h'";
        }
        if (ms % 60_000 == 0) {
            return "'" + ms / 60_000 + "min'";
        }
        return ms % 1000 == 0 ? "'" + ms / 1000 + "s'" : "'" + ms + "ms'";
    }

    /**
     * PostgreSQL's rule for generated names ({@code makeObjectName}): {@code name1_name2_label}, shortening the
     * longer of the first two until the whole fits in 63 bytes.
     */
    static String objectName(String name1, String name2, String label) {
        String a = name1;
        String b = name2 == null ? "" : name2;
        int overhead = label.length() + 1 + (b.isEmpty() ? 0 : 1);
        while (bytes(a) + bytes(b) + overhead > 63) {
            if (bytes(a) >= bytes(b)) {
                a = a.substring(0, a.length() - 1);
            } else {
                b = b.substring(0, b.length() - 1);
            }
        }
        return b.isEmpty() ? a + "_" + label : a + "_" + b + "_" + label;
    }

    /**
     * {@code base + suffix} when it fits in 63 bytes; otherwise {@code base} shortened, a short hash of the whole
     * base (so two long names sharing a prefix stay apart) and the suffix.
     */
    static String fit(String base, String suffix) {
        if (bytes(base) + bytes(suffix) <= 63) {
            return base + suffix;
        }
        String hash = "_" + Integer.toHexString(base.hashCode() & 0xfffff);
        String b = base;
        while (bytes(b) + bytes(hash) + bytes(suffix) > 63) {
            b = b.substring(0, b.length() - 1);
        }
        return b + hash + suffix;
    }

    private static int bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
