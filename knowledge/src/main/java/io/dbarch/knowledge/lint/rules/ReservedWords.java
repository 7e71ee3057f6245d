package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.Dialect;
import java.util.Set;

/** Reserved key words of each dialect that cannot be used as a table or column name without quoting. */
final class ReservedWords {

    static final Set<String> POSTGRESQL = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");
    static final Set<String> MYSQL = Set.of("accessible", "add", "all", "alter", "analyze", "and", "as", "asc",
            "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change",
            "char", "character", "check", "collate", "column", "condition", "constraint", "continue", "convert",
            "create", "cross", "cube", "current_date", "current_time", "current_timestamp", "current_user", "cursor",
            "database", "databases", "default", "delayed", "delete", "desc", "describe", "distinct", "div", "double",
            "drop", "dual", "each", "else", "elseif", "enclosed", "escaped", "except", "exists", "exit", "explain",
            "false", "fetch", "float", "for", "force", "foreign", "from", "fulltext", "function", "generated", "get",
            "grant", "group", "grouping", "groups", "having", "if", "ignore", "in", "index", "infile", "inner",
            "insert", "int", "integer", "interval", "into", "is", "iterate", "join", "key", "keys", "kill", "lag",
            "lead", "leading", "leave", "left", "like", "limit", "lines", "load", "lock", "long", "loop", "match",
            "mod", "natural", "not", "null", "numeric", "of", "on", "option", "or", "order", "out", "outer", "over",
            "partition", "precision", "primary", "procedure", "purge", "range", "rank", "read", "real", "recursive",
            "references", "regexp", "release", "rename", "repeat", "replace", "require", "restrict", "return",
            "revoke", "right", "rlike", "row", "rows", "schema", "select", "separator", "set", "show", "signal",
            "smallint", "spatial", "sql", "ssl", "starting", "system", "table", "terminated", "then", "to",
            "trailing", "trigger", "true", "union", "unique", "unlock", "unsigned", "update", "usage", "use",
            "using", "values", "varchar", "when", "where", "while", "window", "with", "write", "xor", "zerofill");

    private ReservedWords() {
    }

    static boolean reserved(Dialect dialect, String name) {
        String lower = Text.lower(name);
        return dialect == Dialect.MYSQL ? MYSQL.contains(lower) : POSTGRESQL.contains(lower);
    }
}
